using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentWatch.Storage.Migrations
{
    /// <inheritdoc />
    public partial class MaintainedCountsAndVisibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "RelevantConfidence",
                table: "Events",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ArticleCount",
                table: "Entities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Events_Type_FromId_ToId_Background_RelevantConfidence_FirstReportedAt",
                table: "Events",
                columns: new[] { "Type", "FromId", "ToId", "Background", "RelevantConfidence", "FirstReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_Type_LatestReportedAt_Id",
                table: "Events",
                columns: new[] { "Type", "LatestReportedAt", "Id" });

            EntityCountTriggers.Create(migrationBuilder);
            EventVisibilityTriggers.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            EventVisibilityTriggers.Drop(migrationBuilder);
            EntityCountTriggers.Drop(migrationBuilder);

            migrationBuilder.DropIndex(
                name: "IX_Events_Type_FromId_ToId_Background_RelevantConfidence_FirstReportedAt",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Events_Type_LatestReportedAt_Id",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "RelevantConfidence",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "ArticleCount",
                table: "Entities");
        }
    }
}
