namespace TalentWatch.Storage;

/// <summary>One editorial action on an event, for its audit list: who did what, when.</summary>
public sealed class EventAuditEntry
{
    public long Id { get; set; }
    public long EventId { get; set; }
    public TalentEvent? Event { get; set; }
    public DateTime At { get; set; }
    public required string By { get; set; }

    /// <summary>confirm, reject, correct, merge, split, background, reopen.</summary>
    public required string Action { get; set; }

    /// <summary>What changed, in words ("to: Globex → Acme Minds"; "merged #12 into it").</summary>
    public string? Detail { get; set; }
}

/// <summary>
/// Which event an editor put a report in. A report is an article's extracted move, named by <see cref="Report"/>
/// (Editorial.ReportKey: its type, people and companies as extracted, and its evidence sentence), so that when a
/// reprocess extracts the same report again it goes back to that event instead of being linked by its key: a merge
/// stays merged, a split stays split, a corrected event keeps its reports.
/// </summary>
public sealed class ReportPin
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public Article? Article { get; set; }
    public required string Report { get; set; }
    public long EventId { get; set; }
    public TalentEvent? Event { get; set; }
}
