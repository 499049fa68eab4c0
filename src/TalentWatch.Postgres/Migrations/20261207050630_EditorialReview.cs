using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TalentWatch.Postgres.Migrations
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedAt",
                table: "Events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "Events",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MovesSeenUpTo",
                table: "AdminUsers",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EventAudit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Detail = table.Column<string>(type: "text", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<long>(type: "bigint", nullable: false),
                    Report = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EventId = table.Column<long>(type: "bigint", nullable: false)
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

            // The visibility triggers now weigh the editors' verdict too (ReviewStatus: 1 Confirmed, 2 Rejected, 3 Corrected).
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION talentwatch_settle_confidence(event_id bigint) RETURNS void LANGUAGE sql AS $$
                    UPDATE "Events" SET "RelevantConfidence" = CASE "Review" WHEN 2 THEN NULL WHEN 1 THEN 2.0 WHEN 3 THEN 2.0 ELSE (
                        SELECT MAX(m."Confidence") FROM "Moves" AS m JOIN "Articles" AS a ON a."Id" = m."ArticleId"
                        WHERE m."EventId" = event_id AND a."Relevant") END
                    WHERE "Id" = event_id;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION talentwatch_review_visibility() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM talentwatch_settle_confidence(NEW."Id");
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Events_Visibility_Review" AFTER UPDATE OF "Review" ON "Events"
                FOR EACH ROW WHEN (NEW."Review" IS DISTINCT FROM OLD."Review") EXECUTE FUNCTION talentwatch_review_visibility();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS talentwatch_review_visibility() CASCADE;");
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION talentwatch_settle_confidence(event_id bigint) RETURNS void LANGUAGE sql AS $$
                    UPDATE "Events" SET "RelevantConfidence" = (
                        SELECT MAX(m."Confidence") FROM "Moves" AS m JOIN "Articles" AS a ON a."Id" = m."ArticleId"
                        WHERE m."EventId" = event_id AND a."Relevant")
                    WHERE "Id" = event_id;
                $$;
                """);

            migrationBuilder.DropTable(
                name: "EventAudit");

            migrationBuilder.DropTable(
                name: "ReportPins");

            migrationBuilder.DropIndex(
                name: "IX_Events_Review_LatestReportedAt_Id",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Review",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "MovesSeenUpTo",
                table: "AdminUsers");
        }
    }
}
