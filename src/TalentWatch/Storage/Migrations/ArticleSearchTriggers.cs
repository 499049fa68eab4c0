using Microsoft.EntityFrameworkCore.Migrations;

namespace TalentWatch.Storage.Migrations
{
    /// <summary>
    /// The triggers that keep ArticleSearch in step with Articles. SQLite drops a table's triggers with it, so a future
    /// migration that rebuilds Articles (EF does for column and foreign key changes) must drop them before (Drop) and
    /// create them again after, in a migration of its own: EF runs a migration's SQL before a pending table rebuild.
    /// Migrations replay this text: change it only together with a new migration that drops and re-creates them.
    /// </summary>
    internal static class ArticleSearchTriggers
    {
        public static void Create(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER Articles_Search_Insert AFTER INSERT ON Articles BEGIN
                    INSERT INTO ArticleSearch(rowid, Title, Text)
                    VALUES (new.Id, talentwatch_normalize(new.Title), talentwatch_normalize(new.Text));
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Articles_Search_Update AFTER UPDATE OF Title, Text ON Articles BEGIN
                    DELETE FROM ArticleSearch WHERE rowid = old.Id;
                    INSERT INTO ArticleSearch(rowid, Title, Text)
                    VALUES (new.Id, talentwatch_normalize(new.Title), talentwatch_normalize(new.Text));
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Articles_Search_Delete AFTER DELETE ON Articles BEGIN
                    DELETE FROM ArticleSearch WHERE rowid = old.Id;
                END;
                """);
        }

        public static void Drop(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Articles_Search_Insert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Articles_Search_Update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Articles_Search_Delete;");
        }
    }
}
