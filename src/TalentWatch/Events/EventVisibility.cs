namespace TalentWatch.Events;

/// <summary>
/// Which events a reader sees in the public views (timeline, feeds, flows, entity pages, /api/events) unless they ask
/// for everything (relevant=all): reported at least once, with enough confidence, by an article about AI talent (a
/// football transfer is a move, but not this product's news), and not a background fact ("he joined Tesla in 2017"),
/// which would otherwise appear under the day of the report that mentions it in passing. The threshold is
/// TalentWatch:Moves:MinConfidence (docs/benchmarks.md, "Move confidence", gives precision and recall at each); the
/// article page shows every move with its confidence.
/// </summary>
public sealed class EventVisibility(double minConfidence)
{
    public const string SettingKey = "TalentWatch:Moves:MinConfidence";
    public const double DefaultMinConfidence = 0.5;

    public double MinConfidence => minConfidence;

    public IQueryable<Storage.TalentEvent> Shown(IQueryable<Storage.TalentEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        // RelevantConfidence is the highest confidence of a relevant report, kept on the event's row by triggers.
        return events.Where(e => !e.Background && e.RelevantConfidence >= minConfidence);
    }
}
