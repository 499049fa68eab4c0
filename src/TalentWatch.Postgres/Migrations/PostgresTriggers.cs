using Microsoft.EntityFrameworkCore.Migrations;

namespace TalentWatch.Postgres.Migrations
{
    /// <summary>
    /// PostgreSQL's versions of the columns SQLite's triggers keep (TalentWatch.Storage.Migrations): an entity's article
    /// count, an event's highest relevant confidence, and a mention's copy of its article's time and relevance. Search
    /// needs none (the app writes ArticleSearch.Text; a generated column indexes it). Migrations replay this text: change
    /// it only together with a new migration that drops and re-creates what it made.
    /// </summary>
    internal static class PostgresTriggers
    {
        public static void Create(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION talentwatch_count_mentions() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('DELETE', 'UPDATE') THEN
                        UPDATE "Entities" SET "ArticleCount" = "ArticleCount" - 1 WHERE "Id" = OLD."EntityId";
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        UPDATE "Entities" SET "ArticleCount" = "ArticleCount" + 1 WHERE "Id" = NEW."EntityId";
                    END IF;
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ArticleEntities_Count" AFTER INSERT OR DELETE ON "ArticleEntities"
                FOR EACH ROW EXECUTE FUNCTION talentwatch_count_mentions();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ArticleEntities_Count_Update" AFTER UPDATE OF "EntityId" ON "ArticleEntities"
                FOR EACH ROW WHEN (OLD."EntityId" IS DISTINCT FROM NEW."EntityId") EXECUTE FUNCTION talentwatch_count_mentions();
                """);

            migrationBuilder.Sql("""
                CREATE FUNCTION talentwatch_settle_confidence(event_id bigint) RETURNS void LANGUAGE sql AS $$
                    UPDATE "Events" SET "RelevantConfidence" = (
                        SELECT MAX(m."Confidence") FROM "Moves" AS m JOIN "Articles" AS a ON a."Id" = m."ArticleId"
                        WHERE m."EventId" = event_id AND a."Relevant")
                    WHERE "Id" = event_id;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION talentwatch_move_visibility() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('DELETE', 'UPDATE') AND OLD."EventId" IS NOT NULL THEN
                        PERFORM talentwatch_settle_confidence(OLD."EventId");
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."EventId" IS NOT NULL
                        AND (TG_OP = 'INSERT' OR NEW."EventId" IS DISTINCT FROM OLD."EventId" OR NEW."Confidence" IS DISTINCT FROM OLD."Confidence"
                            OR NEW."ArticleId" IS DISTINCT FROM OLD."ArticleId") THEN
                        PERFORM talentwatch_settle_confidence(NEW."EventId");
                    END IF;
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Moves_Visibility" AFTER INSERT OR DELETE OR UPDATE OF "EventId", "Confidence", "ArticleId" ON "Moves"
                FOR EACH ROW EXECUTE FUNCTION talentwatch_move_visibility();
                """);

            migrationBuilder.Sql("""
                CREATE FUNCTION talentwatch_article_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW."Relevant" IS DISTINCT FROM OLD."Relevant" THEN
                        PERFORM talentwatch_settle_confidence(e."EventId")
                        FROM (SELECT DISTINCT "EventId" FROM "Moves" WHERE "ArticleId" = NEW."Id" AND "EventId" IS NOT NULL) AS e;
                    END IF;
                    UPDATE "ArticleEntities" SET "ArticleSortAt" = NEW."SortAt", "ArticleRelevant" = NEW."Relevant" WHERE "ArticleId" = NEW."Id";
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_Changed" AFTER UPDATE OF "SortAt", "Relevant" ON "Articles"
                FOR EACH ROW WHEN (NEW."SortAt" IS DISTINCT FROM OLD."SortAt" OR NEW."Relevant" IS DISTINCT FROM OLD."Relevant")
                EXECUTE FUNCTION talentwatch_article_changed();
                """);

            // Whatever a writer puts in a mention's copy (EF rewrites every column of a replaced mention), the article's
            // values are what is stored.
            migrationBuilder.Sql("""
                CREATE FUNCTION talentwatch_mention_copy() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    SELECT a."SortAt", a."Relevant" INTO NEW."ArticleSortAt", NEW."ArticleRelevant" FROM "Articles" AS a WHERE a."Id" = NEW."ArticleId";
                    RETURN NEW;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ArticleEntities_Timeline" BEFORE INSERT OR UPDATE OF "ArticleId", "ArticleSortAt", "ArticleRelevant" ON "ArticleEntities"
                FOR EACH ROW EXECUTE FUNCTION talentwatch_mention_copy();
                """);
        }

        public static void Drop(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS talentwatch_count_mentions() CASCADE;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS talentwatch_move_visibility() CASCADE;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS talentwatch_article_changed() CASCADE;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS talentwatch_mention_copy() CASCADE;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS talentwatch_settle_confidence(bigint);");
        }
    }
}
