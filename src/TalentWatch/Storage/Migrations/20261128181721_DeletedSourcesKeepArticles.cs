using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentWatch.Storage.Migrations
{
    /// <summary>
    /// Articles.SourceId becomes nullable with ON DELETE SET NULL, so a source can be deleted while its articles stay;
    /// DeletedSources remembers deleted URLs so start-up does not restore them. SQLite cannot alter a foreign key,
    /// so EF rebuilds Articles; the full-text triggers are dropped before and re-created after, in their own migrations.
    /// </summary>
    public partial class DeletedSourcesKeepArticles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Articles_Sources_SourceId",
                table: "Articles");

            migrationBuilder.AlterColumn<int>(
                name: "SourceId",
                table: "Articles",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.CreateTable(
                name: "DeletedSources",
                columns: table => new
                {
                    Url = table.Column<string>(type: "TEXT", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeletedSources", x => x.Url);
                });

            migrationBuilder.AddForeignKey(
                name: "FK_Articles_Sources_SourceId",
                table: "Articles",
                column: "SourceId",
                principalTable: "Sources",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Articles kept from deleted sources have nowhere to belong in the old schema (the triggers are off here).
            migrationBuilder.Sql("DELETE FROM ArticleSearch WHERE rowid IN (SELECT Id FROM Articles WHERE SourceId IS NULL);");
            migrationBuilder.Sql("DELETE FROM Articles WHERE SourceId IS NULL;");

            migrationBuilder.DropForeignKey(
                name: "FK_Articles_Sources_SourceId",
                table: "Articles");

            migrationBuilder.DropTable(
                name: "DeletedSources");

            migrationBuilder.AlterColumn<int>(
                name: "SourceId",
                table: "Articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Articles_Sources_SourceId",
                table: "Articles",
                column: "SourceId",
                principalTable: "Sources",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
