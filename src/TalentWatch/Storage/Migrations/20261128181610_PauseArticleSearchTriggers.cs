using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentWatch.Storage.Migrations
{
    /// <summary>
    /// The next migration rebuilds Articles, which drops its full-text triggers; dropping them here first means
    /// going back down past it re-creates them after the rebuild (EF runs SQL before a pending rebuild, never after).
    /// </summary>
    public partial class PauseArticleSearchTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            ArticleSearchTriggers.Drop(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            ArticleSearchTriggers.Create(migrationBuilder);
        }
    }
}
