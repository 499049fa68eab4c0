using TalentWatch.Vocabulary;

namespace TalentWatch.Storage;

/// <summary>A talent move as one article reports it, with the sentence that says so.</summary>
public sealed class Move
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public Article? Article { get; set; }
    public MoveType Type { get; set; }
    public int? PersonId { get; set; }
    public Entity? Person { get; set; }
    public int? FromId { get; set; }
    public Entity? From { get; set; }
    public int? ToId { get; set; }
    public Entity? To { get; set; }
    public string? Role { get; set; }

    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD: as precise as the text is.</summary>
    public string? Date { get; set; }
    public required string Evidence { get; set; }
    public int EvidenceStart { get; set; }
    public double Confidence { get; set; }

    public long? EventId { get; set; }
    public TalentEvent? Event { get; set; }
}

/// <summary>One real-world move, however many articles, sources or languages report it.</summary>
public sealed class TalentEvent
{
    public long Id { get; set; }
    public MoveType Type { get; set; }
    public int? PersonId { get; set; }
    public Entity? Person { get; set; }
    public int? FromId { get; set; }
    public Entity? From { get; set; }
    public int? ToId { get; set; }
    public Entity? To { get; set; }
    public string? Role { get; set; }
    public string? Date { get; set; }

    /// <summary>
    /// A fact from well before its first report ("Musk co-founded OpenAI in 2015" in a 2024 story): kept, dated by the
    /// text, but not news, so the public views leave it out.
    /// </summary>
    public bool Background { get; set; }

    /// <summary>Publication times of the first and the latest article reporting it (UTC).</summary>
    public DateTime FirstReportedAt { get; set; }
    public DateTime LatestReportedAt { get; set; }

    /// <summary>
    /// The highest confidence among its reports by relevant articles; null when no relevant article reports it. An
    /// editor's verdict overrides it: a rejected event has none, a confirmed or corrected one has
    /// <see cref="Events.EventVisibility.Reviewed"/>, above any extracted confidence. Kept by triggers on Moves, Articles
    /// and Events (Migrations/ReviewedVisibilityTriggers), so whether the public views show the event is a comparison
    /// on its own row (<see cref="Events.EventVisibility"/>) instead of a join per event per request. Never written by
    /// the app.
    /// </summary>
    public double? RelevantConfidence { get; private set; }

    /// <summary>The editors' verdict; any state but New keeps the editor's fields (<see cref="ReviewStatus"/>).</summary>
    public ReviewStatus Review { get; set; }

    public DateTime? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }

    public List<Move> Moves { get; set; } = [];
    public List<EventAuditEntry> Audit { get; set; } = [];
}
