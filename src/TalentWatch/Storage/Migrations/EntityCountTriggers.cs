using Microsoft.EntityFrameworkCore.Migrations;

namespace TalentWatch.Storage.Migrations
{
    /// <summary>
    /// The triggers that keep Entities.ArticleCount equal to the entity's rows in ArticleEntities. SQLite fires them for
    /// rows removed by a cascade too (an article or a source deleted). As with <see cref="ArticleSearchTriggers"/>, a
    /// migration that rebuilds ArticleEntities must drop them before and create them again after, and migrations replay
    /// this text: change it only together with a new migration that drops and re-creates them.
    /// </summary>
    internal static class EntityCountTriggers
    {
        public static void Create(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE Entities SET ArticleCount = (SELECT COUNT(*) FROM ArticleEntities WHERE EntityId = Entities.Id);");
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleEntities_Count_Insert AFTER INSERT ON ArticleEntities BEGIN
                    UPDATE Entities SET ArticleCount = ArticleCount + 1 WHERE Id = new.EntityId;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleEntities_Count_Delete AFTER DELETE ON ArticleEntities BEGIN
                    UPDATE Entities SET ArticleCount = ArticleCount - 1 WHERE Id = old.EntityId;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleEntities_Count_Update AFTER UPDATE OF EntityId ON ArticleEntities
                WHEN new.EntityId <> old.EntityId BEGIN
                    UPDATE Entities SET ArticleCount = ArticleCount - 1 WHERE Id = old.EntityId;
                    UPDATE Entities SET ArticleCount = ArticleCount + 1 WHERE Id = new.EntityId;
                END;
                """);
        }

        public static void Drop(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ArticleEntities_Count_Insert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ArticleEntities_Count_Delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ArticleEntities_Count_Update;");
        }
    }
}
