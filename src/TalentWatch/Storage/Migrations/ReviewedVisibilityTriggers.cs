using Microsoft.EntityFrameworkCore.Migrations;

namespace TalentWatch.Storage.Migrations
{
    /// <summary>
    /// <see cref="EventVisibilityTriggers"/> with the editors' verdict on top: Events.RelevantConfidence is NULL for a
    /// rejected event, 2.0 (EventVisibility.Reviewed) for a confirmed or corrected one, and otherwise the highest
    /// confidence of its reports by relevant articles; a trigger on Events follows a change of verdict. The same rules
    /// for replaying apply: change this text only together with a new migration that drops and re-creates them.
    /// </summary>
    internal static class ReviewedVisibilityTriggers
    {
        // ReviewStatus: 1 Confirmed, 2 Rejected, 3 Corrected.
        private const string RelevantConfidence =
            "(CASE Events.Review WHEN 2 THEN NULL WHEN 1 THEN 2.0 WHEN 3 THEN 2.0 ELSE "
            + "(SELECT MAX(m.Confidence) FROM Moves AS m JOIN Articles AS a ON a.Id = m.ArticleId WHERE m.EventId = Events.Id AND a.Relevant) END)";

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
            migrationBuilder.Sql($"""
                CREATE TRIGGER Events_Visibility_Review AFTER UPDATE OF Review ON Events WHEN new.Review IS NOT old.Review BEGIN
                    UPDATE Events SET RelevantConfidence = {RelevantConfidence} WHERE Id = new.Id;
                END;
                """);
        }

        public static void Drop(MigrationBuilder migrationBuilder)
        {
            EventVisibilityTriggers.Drop(migrationBuilder);
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Events_Visibility_Review;");
        }
    }
}
