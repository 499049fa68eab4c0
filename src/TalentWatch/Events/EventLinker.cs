using Microsoft.EntityFrameworkCore;
using TalentWatch.Editorial;
using TalentWatch.Moves;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;

namespace TalentWatch.Events;

/// <summary>
/// Folds each reported move into the one real-world event it describes: the same key (who, from where, to where,
/// by move type) reported within a time window, or the same dated background fact, is one event with many reports.
/// </summary>
public static class EventLinker
{
    /// <summary>Reports of one move this far apart are still the same news.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(120);

    /// <summary>Links the article's unlinked moves (their entities must be saved: ids are compared).</summary>
    public static async Task LinkAsync(TalentWatchDb db, Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(article);
        var reportedAt = article.PublishedAt ?? article.FetchedAt;
        // Reports an editor put in an event (a merge, a split, a correction) go back to it, whatever their key says.
        var pins = article.Id == 0
            ? []
            : await db.ReportPins.Where(p => p.ArticleId == article.Id).ToDictionaryAsync(p => p.Report, p => p.EventId, StringComparer.Ordinal, cancellationToken);
        foreach (var move in article.Moves.Where(m => m.EventId is null && m.Event is null))
        {
            if (!HasKey(move))
            {
                continue;
            }
            if (pins.TryGetValue(ReportKey.Of(move), out var pinnedId) && await db.Events.FindAsync([pinnedId], cancellationToken) is { } pinned)
            {
                Absorb(pinned, move, reportedAt);
                move.Event = pinned;
                continue;
            }
            var candidates = await SameKey(db.Events, move).ToListAsync(cancellationToken);
            var match = candidates.Concat(Unsaved(db).Where(e => SameKey(e, move)))
                .FirstOrDefault(e => Compatible(e, move.Date, reportedAt))
                ?? await CareerStep.FindAsync(db, move, reportedAt, cancellationToken);
            if (match is null)
            {
                match = new TalentEvent
                {
                    Type = move.Type,
                    PersonId = move.PersonId,
                    FromId = move.FromId,
                    ToId = move.ToId,
                    FirstReportedAt = reportedAt,
                    LatestReportedAt = reportedAt,
                };
                db.Events.Add(match);
            }
            Absorb(match, move, reportedAt);
            move.Event = match;
        }
    }

    /// <summary>
    /// The events this context inserts on its next save (made for moves earlier in the same article or batch), read
    /// without detecting changes: every event is added through Events.Add, so the tracker knows them, and detecting
    /// changes across a reprocess batch's hundreds of tracked rows for every move was most of the reprocess.
    /// </summary>
    internal static List<TalentEvent> Unsaved(TalentWatchDb db)
    {
        var tracker = db.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return [.. db.Events.Local.Where(e => e.Id == 0)];
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>
    /// Brings events in line with the reports they have now, after reports were changed or deleted (a reprocess, a
    /// source removed with its articles): events left without reports are removed unless an editor judged them (a
    /// rejection must outlive its reports, or the next extraction of them would be news again), and each event's first
    /// and latest report times are recomputed from the reports it has, since Absorb only ever widens the span.
    /// </summary>
    public static async Task SettleAsync(TalentWatchDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Events.Where(e => e.Review == ReviewStatus.New && !db.Moves.Any(m => m.EventId == e.Id)).ExecuteDeleteAsync(cancellationToken);
        await db.Events.Where(e => db.Moves.Any(m => m.EventId == e.Id)).ExecuteUpdateAsync(u => u
            .SetProperty(e => e.FirstReportedAt, e => db.Moves.Where(m => m.EventId == e.Id).Min(m => m.Article!.PublishedAt ?? m.Article.FetchedAt))
            .SetProperty(e => e.LatestReportedAt, e => db.Moves.Where(m => m.EventId == e.Id).Max(m => m.Article!.PublishedAt ?? m.Article.FetchedAt)),
            cancellationToken);
    }

    private static readonly MoveType[] KeyedByPerson = [.. MoveKey.TypesKeyedBy(MoveSlots.Person)];
    private static readonly MoveType[] KeyedByFrom = [.. MoveKey.TypesKeyedBy(MoveSlots.From)];
    private static readonly MoveType[] KeyedByTo = [.. MoveKey.TypesKeyedBy(MoveSlots.To)];

    /// <summary>
    /// The move has the slots its <see cref="MoveKey"/> is made of: without them there is no event. Written per slot
    /// so that the database can run it (a slot is needed by the types <see cref="MoveKey.TypesKeyedBy"/> lists).
    /// </summary>
    public static readonly System.Linq.Expressions.Expression<Func<Move, bool>> HasKeyExpression = move =>
        (move.PersonId != null || !EF.Constant(KeyedByPerson).Contains(move.Type))
        && (move.FromId != null || !EF.Constant(KeyedByFrom).Contains(move.Type))
        && (move.ToId != null || !EF.Constant(KeyedByTo).Contains(move.Type));

    public static bool HasKey(Move move)
    {
        ArgumentNullException.ThrowIfNull(move);
        return Key(move).IsComplete;
    }

    /// <summary>
    /// Moves saved without their event (by a version that wrote the two in separate steps and was killed in between)
    /// get it now; returns how many. Cheap when there are none: one query over moves without an event.
    /// </summary>
    public static async Task<int> LinkOrphansAsync(TalentWatchDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var orphans = db.Moves.Where(m => m.EventId == null).Where(HasKeyExpression).Select(m => m.ArticleId);
        var articles = await db.Articles.Include(a => a.Moves).Where(a => orphans.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var linked = 0;
        foreach (var article in articles)
        {
            linked += article.Moves.Count(m => m.EventId is null && HasKey(m));
            await LinkAsync(db, article, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return linked;
    }

    private static IQueryable<TalentEvent> SameKey(IQueryable<TalentEvent> events, Move move)
    {
        // One condition per slot of the key, so that the query stays a plain comparison of columns.
        var slots = MoveKey.SlotsOf(move.Type);
        var same = events.Where(e => e.Type == move.Type);
        if ((slots & MoveSlots.Person) != 0)
        {
            same = same.Where(e => e.PersonId == move.PersonId);
        }
        if ((slots & MoveSlots.From) != 0)
        {
            same = same.Where(e => e.FromId == move.FromId);
        }
        if ((slots & MoveSlots.To) != 0)
        {
            same = same.Where(e => e.ToId == move.ToId);
        }
        return same;
    }

    private static bool SameKey(TalentEvent e, Move move) => MoveKey.Of(e.Type, e.PersonId, e.FromId, e.ToId) == Key(move);

    private static MoveKey<int?> Key(Move move) => MoveKey.Of(move.Type, move.PersonId, move.FromId, move.ToId);

    /// <summary>
    /// Dates must agree as far as both are precise, or be adjacent months; undated reports must fall in the window.
    /// </summary>
    private static bool Compatible(TalentEvent e, string? date, DateTime reportedAt)
    {
        if (e.Date is not null && date is not null)
        {
            var nested = e.Date.StartsWith(date, StringComparison.Ordinal) || date.StartsWith(e.Date, StringComparison.Ordinal);
            if (!nested && !AdjacentMonths(e.Date, date))
            {
                return false;
            }
            if (nested && (date.Length == e.Date.Length || IsBackground(date, reportedAt)))
            {
                return true;
            }
        }
        return reportedAt >= e.FirstReportedAt - Window && reportedAt <= e.LatestReportedAt + Window;
    }

    // A move told in the present tense is dated by its article's month, so a report at the end of April and a recap in
    // early May of the same hire carry 2024-04 and 2024-05; the window check still has to hold.
    private static bool AdjacentMonths(string a, string b) =>
        MonthIndex(a) is { } x && MonthIndex(b) is { } y && Math.Abs(x - y) == 1;

    private static int? MonthIndex(string date) =>
        date.Length >= 7 && int.TryParse(date.AsSpan(0, 4), out var year) && int.TryParse(date.AsSpan(5, 2), out var month)
            ? year * 12 + month - 1
            : null;

    // "Musk co-founded OpenAI in 2015" reported in 2024 is the same fact whenever it is repeated.
    private static bool IsBackground(string date, DateTime reportedAt) =>
        int.TryParse(date.AsSpan(0, Math.Min(4, date.Length)), out var year) && year < reportedAt.Year - 1;

    /// <summary>Another report of the event: its span widens, and an event no editor has judged takes what the report adds.</summary>
    private static void Absorb(TalentEvent e, Move move, DateTime reportedAt)
    {
        if (reportedAt < e.FirstReportedAt)
        {
            e.FirstReportedAt = reportedAt;
        }
        if (reportedAt > e.LatestReportedAt)
        {
            e.LatestReportedAt = reportedAt;
        }
        if (e.Review != ReviewStatus.New)
        {
            return;
        }
        CareerStep.Widen(e, move);
        e.PersonId ??= move.PersonId;
        e.FromId ??= move.FromId;
        e.ToId ??= move.ToId;
        e.Role ??= move.Role;
        if (move.Date is not null && (e.Date is null || move.Date.Length > e.Date.Length))
        {
            e.Date = move.Date;
        }
        e.Background = e.Date is not null && IsBackground(e.Date, e.FirstReportedAt);
    }
}
