using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentWatch.Storage.Migrations
{
    /// <inheritdoc />
    public partial class RemovedEntities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RemovedEntities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    MergedIntoSlug = table.Column<string>(type: "TEXT", nullable: true),
                    RemovedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemovedEntities", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RemovedEntities_Slug",
                table: "RemovedEntities",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RemovedEntities");
        }
    }
}
