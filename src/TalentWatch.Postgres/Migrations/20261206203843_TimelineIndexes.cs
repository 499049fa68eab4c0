using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentWatch.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TimelineIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_FromId",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Events_PersonId",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Events_ToId",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Articles_SortAt_Id",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Events_FromId_LatestReportedAt_Id",
                table: "Events",
                columns: new[] { "FromId", "LatestReportedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_PersonId_LatestReportedAt_Id",
                table: "Events",
                columns: new[] { "PersonId", "LatestReportedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_ToId_LatestReportedAt_Id",
                table: "Events",
                columns: new[] { "ToId", "LatestReportedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SortAt_Id_Relevant",
                table: "Articles",
                columns: new[] { "SortAt", "Id", "Relevant" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_FromId_LatestReportedAt_Id",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Events_PersonId_LatestReportedAt_Id",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Events_ToId_LatestReportedAt_Id",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Articles_SortAt_Id_Relevant",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Events_FromId",
                table: "Events",
                column: "FromId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_PersonId",
                table: "Events",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_ToId",
                table: "Events",
                column: "ToId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SortAt_Id",
                table: "Articles",
                columns: new[] { "SortAt", "Id" });
        }
    }
}
