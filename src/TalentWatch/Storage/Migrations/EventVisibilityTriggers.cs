using Microsoft.EntityFrameworkCore.Migrations;

namespace TalentWatch.Storage.Migrations
{
    /// <summary>
    /// The triggers that keep Events.RelevantConfidence equal to the highest confidence of the event's reports by relevant
    /// articles: a report added, removed or moved to another event, and an article's relevance changed. Moves removed by
    /// a cascade (an article or a source deleted) fire them too. As with <see cref="ArticleSearchTriggers"/>, a migration
    /// that rebuilds Moves or Articles must drop them before and create them again after, and migrations replay this
    /// text: change it only together with a new migration that drops and re-creates them.
    /// </summary>
    internal static class EventVisibilityTriggers
    {
        private const string RelevantConfidence =
            "(SELECT MAX(m.Confidence) FROM Moves AS m JOIN Articles AS a ON a.Id = m.ArticleId WHERE m.EventId = Events.Id AND a.Relevant)";

        public static void Create(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"UPDATE Events SET RelevantConfidence = {RelevantConfidence};");
            migrationBuilder.Sql($"""
                CREATE TRIGGER Moves_Visibility_Insert AFTER INSERT ON Moves WHEN new.EventId IS NOT NULL BEGIN
                    UPDATE Events SET RelevantConfidence = {RelevantConfidence} WHERE Id = new.EventId;
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER Moves_Visibility_Delete AFTER DELETE ON Moves WHEN old.EventId IS NOT NULL BEGIN
                    UPDATE Events SET RelevantConfidence = {RelevantConfidence} WHERE Id = old.EventId;
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER Moves_Visibility_Update AFTER UPDATE OF EventId, Confidence, ArticleId ON Moves BEGIN
                    UPDATE Events SET RelevantConfidence = {RelevantConfidence} WHERE Id IN (old.EventId, new.EventId);
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER Articles_Visibility_Update AFTER UPDATE OF Relevant ON Articles WHEN new.Relevant IS NOT old.Relevant BEGIN
                    UPDATE Events SET RelevantConfidence = {RelevantConfidence}
                    WHERE Id IN (SELECT EventId FROM Moves WHERE ArticleId = new.Id AND EventId IS NOT NULL);
                END;
                """);
        }

        public static void Drop(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Moves_Visibility_Insert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Moves_Visibility_Delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Moves_Visibility_Update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Articles_Visibility_Update;");
        }
    }
}
