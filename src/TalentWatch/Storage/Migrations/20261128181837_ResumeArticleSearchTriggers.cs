using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentWatch.Storage.Migrations
{
    /// <summary>
    /// The full-text triggers again, on the rebuilt Articles (rowids were kept, so the index still matches).
    /// </summary>
    public partial class ResumeArticleSearchTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            ArticleSearchTriggers.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            ArticleSearchTriggers.Drop(migrationBuilder);
        }
    }
}
