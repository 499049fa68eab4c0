using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentWatch.Storage.Migrations
{
    /// <inheritdoc />
    public partial class MentionTimeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArticleEntities_EntityId",
                table: "ArticleEntities");

            migrationBuilder.AddColumn<bool>(
                name: "ArticleRelevant",
                table: "ArticleEntities",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "ArticleSortAt",
                table: "ArticleEntities",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Filled before the index is built: one pass over the mentions instead of an index update per row.
            MentionTimelineTriggers.Create(migrationBuilder);

            migrationBuilder.CreateIndex(
                name: "IX_ArticleEntities_EntityId_ArticleSortAt_ArticleId_ArticleRelevant",
                table: "ArticleEntities",
                columns: new[] { "EntityId", "ArticleSortAt", "ArticleId", "ArticleRelevant" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            MentionTimelineTriggers.Drop(migrationBuilder);

            migrationBuilder.DropIndex(
                name: "IX_ArticleEntities_EntityId_ArticleSortAt_ArticleId_ArticleRelevant",
                table: "ArticleEntities");

            migrationBuilder.DropColumn(
                name: "ArticleRelevant",
                table: "ArticleEntities");

            migrationBuilder.DropColumn(
                name: "ArticleSortAt",
                table: "ArticleEntities");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleEntities_EntityId",
                table: "ArticleEntities",
                column: "EntityId");
        }
    }
}
