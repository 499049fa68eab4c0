using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentWatch.Storage.Migrations
{
    /// <summary>
    /// Contentless FTS5 index over the normalised title and text of every article (rowid = Articles.Id), kept in
    /// sync by triggers; talentwatch_normalize is registered on each connection by SqlitePragmas.
    /// </summary>
    public partial class ArticleSearch : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE ArticleSearch USING fts5(
                    Title, Text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
                """);
            ArticleSearchTriggers.Create(migrationBuilder);
            migrationBuilder.Sql("""
                INSERT INTO ArticleSearch(rowid, Title, Text)
                SELECT Id, talentwatch_normalize(Title), talentwatch_normalize(Text) FROM Articles;
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            ArticleSearchTriggers.Drop(migrationBuilder);
            migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearch;");
        }
    }
}
