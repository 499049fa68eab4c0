using Microsoft.EntityFrameworkCore.Migrations;

namespace TalentWatch.Storage.Migrations
{
    /// <summary>
    /// The triggers that keep ArticleEntities.ArticleSortAt and ArticleRelevant equal to their article's SortAt and
    /// Relevant: filled when a mention is stored (the article row exists first), put back when anything else writes them
    /// (EF turns a mention replaced by reprocessing into an UPDATE of every column, with whatever the object held), and
    /// followed when reprocessing changes the article. As with <see cref="ArticleSearchTriggers"/>, a migration that rebuilds ArticleEntities or Articles must
    /// drop them before and create them again after, and migrations replay this text: change it only together with a new
    /// migration that drops and re-creates them.
    /// </summary>
    internal static class MentionTimelineTriggers
    {
        public static void Create(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE ArticleEntities SET
                    ArticleSortAt = (SELECT a.SortAt FROM Articles AS a WHERE a.Id = ArticleEntities.ArticleId),
                    ArticleRelevant = (SELECT a.Relevant FROM Articles AS a WHERE a.Id = ArticleEntities.ArticleId);
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleEntities_Timeline_Insert AFTER INSERT ON ArticleEntities BEGIN
                    UPDATE ArticleEntities SET
                        ArticleSortAt = (SELECT a.SortAt FROM Articles AS a WHERE a.Id = new.ArticleId),
                        ArticleRelevant = (SELECT a.Relevant FROM Articles AS a WHERE a.Id = new.ArticleId)
                    WHERE ArticleId = new.ArticleId AND EntityId = new.EntityId;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleEntities_Timeline_Update AFTER UPDATE OF ArticleSortAt, ArticleRelevant ON ArticleEntities
                WHEN new.ArticleSortAt IS NOT (SELECT a.SortAt FROM Articles AS a WHERE a.Id = new.ArticleId)
                    OR new.ArticleRelevant IS NOT (SELECT a.Relevant FROM Articles AS a WHERE a.Id = new.ArticleId) BEGIN
                    UPDATE ArticleEntities SET
                        ArticleSortAt = (SELECT a.SortAt FROM Articles AS a WHERE a.Id = new.ArticleId),
                        ArticleRelevant = (SELECT a.Relevant FROM Articles AS a WHERE a.Id = new.ArticleId)
                    WHERE ArticleId = new.ArticleId AND EntityId = new.EntityId;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Articles_Timeline_Update AFTER UPDATE OF SortAt, Relevant ON Articles
                WHEN new.SortAt IS NOT old.SortAt OR new.Relevant IS NOT old.Relevant BEGIN
                    UPDATE ArticleEntities SET ArticleSortAt = new.SortAt, ArticleRelevant = new.Relevant WHERE ArticleId = new.Id;
                END;
                """);
        }

        public static void Drop(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ArticleEntities_Timeline_Insert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ArticleEntities_Timeline_Update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Articles_Timeline_Update;");
        }
    }
}
