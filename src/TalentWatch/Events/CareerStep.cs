using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Moves;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;

namespace TalentWatch.Events;

/// <summary>
/// One step in a person's career is often told three ways within weeks: "left OpenAI", "left OpenAI for Safe
/// Superintelligence", "co-founded Safe Superintelligence". Those are one event: a join, leave or found of the same
/// person that names the same origin or the same destination as an event of theirs reported within
/// <see cref="Window"/>, and no other, joins it, as does a departure with no destination to an arrival with no origin;
/// the event takes the most telling type (found, then join, then leave) and every company any report names. Joining a
/// company and leaving it weeks later stay two events.
/// </summary>
internal static class CareerStep
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(62);

    private static readonly MoveType[] Steps = [MoveType.Join, MoveType.Leave, MoveType.Found];

    public static async Task<TalentEvent?> FindAsync(TalentWatchDb db, Move move, DateTime reportedAt, CancellationToken cancellationToken)
    {
        if (!Steps.Contains(move.Type) || move.PersonId is null)
        {
            return null;
        }
        var sameStep = SameStep(move, reportedAt);
        var stored = await db.Events.Where(sameStep).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        // Compiled only when this save holds events not written yet (moves earlier in the same article or batch).
        var pending = EventLinker.Unsaved(db);
        var unsaved = pending.Count == 0 ? [] : pending.Where(sameStep.Compile());
        return stored.Concat(unsaved).FirstOrDefault(e => !Contradicts(e, move));
    }

    /// <summary>
    /// An event of the same person's that this move could be another telling of, as one expression for the database
    /// and for the events this save has not written yet.
    /// </summary>
    private static Expression<Func<TalentEvent, bool>> SameStep(Move move, DateTime reportedAt)
    {
        var earliest = reportedAt - Window;
        var latest = reportedAt + Window;
        // A departure with no destination and an arrival with no origin complete each other ("has left OpenAI",
        // "has joined Anthropic"): the same step, told in two halves.
        var leavesFor = move.Type == MoveType.Leave && move.ToId == null;
        var arrivesFrom = move.Type != MoveType.Leave && move.FromId == null;
        return e => Steps.Contains(e.Type) && e.PersonId == move.PersonId && !e.Background
            && ((e.FromId != null && e.FromId == move.FromId) || (e.ToId != null && e.ToId == move.ToId)
                || (leavesFor && e.Type != MoveType.Leave && e.FromId == null)
                || (arrivesFrom && e.Type == MoveType.Leave && e.ToId == null))
            && e.LatestReportedAt >= earliest && e.FirstReportedAt <= latest;
    }

    /// <summary>The event takes the more telling type of the two; Absorb then fills the companies it lacked.</summary>
    public static void Widen(TalentEvent e, Move move)
    {
        if (e.PersonId == move.PersonId && Rank(move.Type) > Rank(e.Type))
        {
            e.Type = move.Type;
        }
    }

    // Two destinations or two origins that differ are two moves, not one told twice; so is arriving somewhere and then
    // leaving it (the halves would make a step from a company to itself).
    private static bool Contradicts(TalentEvent e, Move move) =>
        (e.ToId is not null && move.ToId is not null && e.ToId != move.ToId)
        || (e.FromId is not null && move.FromId is not null && e.FromId != move.FromId)
        || ((e.ToId ?? move.ToId) is { } to && to == (e.FromId ?? move.FromId));

    private static int Rank(MoveType type) => type switch
    {
        MoveType.Found => 3,
        MoveType.Join => 2,
        MoveType.Leave => 1,
        _ => 0,
    };
}
