namespace TalentWatch.Events;

/// <summary>
/// Which events a reader sees in the public views (timeline, feeds, flows, entity pages, /api/events) unless they ask
/// for everything (relevant=all): reported at least once, with enough confidence, by an article about AI talent (a
/// football transfer is a move, but not this product's news), and not a background fact ("he joined Tesla in 2017"),
/// which would otherwise appear under the day of the report that mentions it in passing. The threshold is
/// TalentWatch:Moves:MinConfidence (docs/benchmarks.md, "Move confidence", gives precision and recall at each); the
/// article page shows every move with its confidence. Editors overrule both: a rejected event is never shown, a
/// confirmed or corrected one always; with TalentWatch:Moves:PublicEvents=confirmed only those are shown.
/// </summary>
public sealed class EventVisibility(double minConfidence, bool confirmedOnly = false)
{
    public const string SettingKey = "TalentWatch:Moves:MinConfidence";
    public const string PublicEventsKey = "TalentWatch:Moves:PublicEvents";
    public const double DefaultMinConfidence = 0.5;

    /// <summary>The confidence a confirmed or corrected event has on its row (Events.RelevantConfidence), above any extracted one.</summary>
    public const double Reviewed = 2.0;

    public double MinConfidence => minConfidence;

    /// <summary>Only events an editor confirmed or corrected are public.</summary>
    public bool ConfirmedOnly => confirmedOnly;

    /// <summary>Reads TalentWatch:Moves:PublicEvents: "all" (or nothing) and "confirmed"; null for anything else.</summary>
    public static bool? ParseConfirmedOnly(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "all" => false,
        "confirmed" => true,
        _ => null,
    };

    public IQueryable<Storage.TalentEvent> Shown(IQueryable<Storage.TalentEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        // RelevantConfidence is the highest confidence of a relevant report, or the editors' verdict, kept on the event's
        // row by triggers.
        var least = confirmedOnly ? Reviewed : minConfidence;
        return events.Where(e => !e.Background && e.RelevantConfidence >= least);
    }
}
