using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentWatch.Storage.Migrations
{
    /// <inheritdoc />
    public partial class EditorialReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Review",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedAt",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "Events",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MovesSeenUpTo",
                table: "AdminUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EventAudit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventAudit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventAudit_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportPins",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<long>(type: "INTEGER", nullable: false),
                    Report = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EventId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportPins", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportPins_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReportPins_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Events_Review_LatestReportedAt_Id",
                table: "Events",
                columns: new[] { "Review", "LatestReportedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EventAudit_EventId_At",
                table: "EventAudit",
                columns: new[] { "EventId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportPins_ArticleId_Report",
                table: "ReportPins",
                columns: new[] { "ArticleId", "Report" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportPins_EventId",
                table: "ReportPins",
                column: "EventId");

            // The visibility triggers now weigh the editors' verdict too.
            ReviewedVisibilityTriggers.Drop(migrationBuilder);
            ReviewedVisibilityTriggers.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            ReviewedVisibilityTriggers.Drop(migrationBuilder);

            migrationBuilder.DropTable(
                name: "EventAudit");

            migrationBuilder.DropTable(
                name: "ReportPins");

            migrationBuilder.DropIndex(
                name: "IX_Events_Review_LatestReportedAt_Id",
                table: "Events");

            // SQLite drops these columns in place (3.35+): EF's rebuild of Events would run after the triggers below are
            // back, and they name Events.
            migrationBuilder.Sql("ALTER TABLE Events DROP COLUMN Review;");
            migrationBuilder.Sql("ALTER TABLE Events DROP COLUMN ReviewedAt;");
            migrationBuilder.Sql("ALTER TABLE Events DROP COLUMN ReviewedBy;");
            migrationBuilder.Sql("ALTER TABLE AdminUsers DROP COLUMN MovesSeenUpTo;");

            EventVisibilityTriggers.Create(migrationBuilder);
        }
    }
}
