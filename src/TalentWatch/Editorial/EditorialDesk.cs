using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;

namespace TalentWatch.Editorial;

/// <summary>
/// The editors' actions on events. Each one records who and when in the event's audit list, and pins the event's
/// reports to it (<see cref="ReportPin"/>), so extraction run again puts the same reports back where the editor left
/// them; an event with any verdict but New keeps its fields whatever its reports say (Events.EventLinker).
/// Every method returns null when done, or the reason it did nothing.
/// </summary>
public sealed class EditorialDesk(TimeProvider clock)
{
    public Task<string?> ConfirmAsync(TalentWatchDb db, long eventId, string by, CancellationToken cancellationToken) =>
        JudgeAsync(db, eventId, ReviewStatus.Confirmed, "confirm", null, by, cancellationToken);

    public Task<string?> RejectAsync(TalentWatchDb db, long eventId, string by, CancellationToken cancellationToken) =>
        JudgeAsync(db, eventId, ReviewStatus.Rejected, "reject", null, by, cancellationToken);

    /// <summary>Back to New: the verdict is withdrawn (the reports stay pinned, so a merge or split still holds).</summary>
    public Task<string?> ReopenAsync(TalentWatchDb db, long eventId, string by, CancellationToken cancellationToken) =>
        JudgeAsync(db, eventId, ReviewStatus.New, "reopen", null, by, cancellationToken);

    /// <summary>A fact from before its reports: kept, but no public view shows it as news.</summary>
    public async Task<string?> MarkBackgroundAsync(TalentWatchDb db, long eventId, bool background, string by, CancellationToken cancellationToken)
    {
        var talentEvent = await LoadAsync(db, eventId, cancellationToken);
        if (talentEvent is null)
        {
            return NotFound(eventId);
        }
        talentEvent.Background = background;
        var status = talentEvent.Review == ReviewStatus.New ? ReviewStatus.Corrected : talentEvent.Review;
        return await RecordAsync(db, talentEvent, status, "background", background ? "marked as background" : "marked as news", by, cancellationToken);
    }

    public async Task<string?> CorrectAsync(TalentWatchDb db, long eventId, EventCorrection correction, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(correction);
        var talentEvent = await LoadAsync(db, eventId, cancellationToken);
        if (talentEvent is null)
        {
            return NotFound(eventId);
        }
        if (correction.Problem() is { } problem)
        {
            return problem;
        }
        var ids = new[] { correction.PersonId, correction.FromId, correction.ToId, talentEvent.PersonId, talentEvent.FromId, talentEvent.ToId }
            .OfType<int>().Distinct().ToList();
        var names = await db.Entities.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        foreach (var id in new[] { correction.PersonId, correction.FromId, correction.ToId }.OfType<int>().Where(id => !names.ContainsKey(id)))
        {
            return $"No entity has the id {id}.";
        }
        string Name(int? id) => id is { } known ? names[known] : "-";
        var changes = new List<string>();
        void Change<T>(string field, T before, T after, Func<T, string> show, Action apply)
        {
            if (!EqualityComparer<T>.Default.Equals(before, after))
            {
                changes.Add($"{field}: {show(before)} → {show(after)}");
                apply();
            }
        }
        Change("type", talentEvent.Type, correction.Type, t => t.ToString().ToLowerInvariant(), () => talentEvent.Type = correction.Type);
        Change("person", talentEvent.PersonId, correction.PersonId, Name, () => talentEvent.PersonId = correction.PersonId);
        Change("from", talentEvent.FromId, correction.FromId, Name, () => talentEvent.FromId = correction.FromId);
        Change("to", talentEvent.ToId, correction.ToId, Name, () => talentEvent.ToId = correction.ToId);
        Change("role", talentEvent.Role, Blank(correction.Role), r => r ?? "-", () => talentEvent.Role = Blank(correction.Role));
        Change("date", talentEvent.Date, Blank(correction.Date), d => d ?? "-", () => talentEvent.Date = Blank(correction.Date));
        if (changes.Count == 0)
        {
            return "Nothing was changed.";
        }
        return await RecordAsync(db, talentEvent, ReviewStatus.Corrected, "correct", string.Join("; ", changes), by, cancellationToken);
    }

    /// <summary>The source event's reports join the target, which keeps its fields; the source is gone.</summary>
    public async Task<string?> MergeAsync(TalentWatchDb db, long targetId, long sourceId, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (targetId == sourceId)
        {
            return "An event cannot be merged into itself.";
        }
        var target = await LoadAsync(db, targetId, cancellationToken);
        var source = await LoadAsync(db, sourceId, cancellationToken);
        if (target is null || source is null)
        {
            return NotFound(target is null ? targetId : sourceId);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var move in source.Moves.ToList())
        {
            move.Event = target;
            target.Moves.Add(move);
        }
        foreach (var entry in await db.EventAudit.Where(a => a.EventId == sourceId).ToListAsync(cancellationToken))
        {
            entry.Event = target;
        }
        await db.ReportPins.Where(p => p.EventId == sourceId).ExecuteUpdateAsync(u => u.SetProperty(p => p.EventId, targetId), cancellationToken);
        target.FirstReportedAt = target.FirstReportedAt < source.FirstReportedAt ? target.FirstReportedAt : source.FirstReportedAt;
        target.LatestReportedAt = target.LatestReportedAt > source.LatestReportedAt ? target.LatestReportedAt : source.LatestReportedAt;
        db.Events.Remove(source);
        var status = target.Review == ReviewStatus.New ? ReviewStatus.Corrected : target.Review;
        var problem = await RecordAsync(db, target, status, "merge", $"took in the reports of event #{sourceId}", by, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return problem;
    }

    /// <summary>One report taken out of its event into a new event of its own, as extracted and not yet judged.</summary>
    public async Task<string?> SplitAsync(TalentWatchDb db, long moveId, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var move = await db.Moves.Include(m => m.Article).SingleOrDefaultAsync(m => m.Id == moveId, cancellationToken);
        if (move?.EventId is not { } eventId || await LoadAsync(db, eventId, cancellationToken) is not { } from)
        {
            return $"No report {moveId} belongs to an event.";
        }
        if (from.Moves.Count < 2)
        {
            return "This is the event's only report: there is nothing to split it from.";
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reportedAt = move.Article!.PublishedAt ?? move.Article.FetchedAt;
        var split = new TalentEvent
        {
            Type = move.Type,
            PersonId = move.PersonId,
            FromId = move.FromId,
            ToId = move.ToId,
            Role = move.Role,
            Date = move.Date,
            FirstReportedAt = reportedAt,
            LatestReportedAt = reportedAt,
        };
        db.Events.Add(split);
        from.Moves.Remove(move);
        move.Event = split;
        split.Moves.Add(move);
        var rest = from.Moves.Select(m => m.Article!.PublishedAt ?? m.Article.FetchedAt).ToList();
        from.FirstReportedAt = rest.Min();
        from.LatestReportedAt = rest.Max();
        await db.SaveChangesAsync(cancellationToken);
        split.Audit.Add(Entry("split", $"taken out of event #{from.Id}", by));
        await PinAsync(db, split, cancellationToken);
        var problem = await RecordAsync(db, from, from.Review, "split", $"report {moveId} taken out into event #{split.Id}", by, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return problem;
    }

    private async Task<string?> JudgeAsync(TalentWatchDb db, long eventId, ReviewStatus status, string action, string? detail, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var talentEvent = await LoadAsync(db, eventId, cancellationToken);
        return talentEvent is null ? NotFound(eventId) : await RecordAsync(db, talentEvent, status, action, detail, by, cancellationToken);
    }

    private async Task<string?> RecordAsync(TalentWatchDb db, TalentEvent talentEvent, ReviewStatus status, string action, string? detail, string by, CancellationToken cancellationToken)
    {
        talentEvent.Review = status;
        talentEvent.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        talentEvent.ReviewedBy = by;
        talentEvent.Audit.Add(Entry(action, detail, by));
        await PinAsync(db, talentEvent, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private EventAuditEntry Entry(string action, string? detail, string by) =>
        new() { At = clock.GetUtcNow().UtcDateTime, By = by, Action = action, Detail = detail };

    /// <summary>Each of the event's reports is pinned to it, replacing a pin to another event.</summary>
    private static async Task PinAsync(TalentWatchDb db, TalentEvent talentEvent, CancellationToken cancellationToken)
    {
        var articles = talentEvent.Moves.Select(m => m.ArticleId).Distinct().ToList();
        var pins = await db.ReportPins.Where(p => articles.Contains(p.ArticleId)).ToListAsync(cancellationToken);
        foreach (var move in talentEvent.Moves)
        {
            var report = ReportKey.Of(move);
            if (pins.FirstOrDefault(p => p.ArticleId == move.ArticleId && p.Report == report) is { } pin)
            {
                pin.Event = talentEvent;
            }
            else
            {
                var added = new ReportPin { ArticleId = move.ArticleId, Report = report, Event = talentEvent };
                pins.Add(added);
                db.ReportPins.Add(added);
            }
        }
    }

    private static Task<TalentEvent?> LoadAsync(TalentWatchDb db, long eventId, CancellationToken cancellationToken) =>
        db.Events.Include(e => e.Moves).ThenInclude(m => m.Article).SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);

    private static string NotFound(long eventId) => $"No event has the id {eventId}.";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
