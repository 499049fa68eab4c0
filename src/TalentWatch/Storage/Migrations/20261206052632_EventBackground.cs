using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentWatch.Storage.Migrations
{
    /// <inheritdoc />
    public partial class EventBackground : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Background",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Events stored before: the same rule EventLinker now applies, a text date more than a year before the first report.
            migrationBuilder.Sql("""
                UPDATE Events SET Background = 1
                WHERE Date IS NOT NULL AND CAST(substr(Date, 1, 4) AS INTEGER) < CAST(strftime('%Y', FirstReportedAt) AS INTEGER) - 1;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Background",
                table: "Events");
        }
    }
}
