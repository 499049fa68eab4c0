namespace TalentWatch.Storage;

/// <summary>A news source the scheduler reads on an interval, with the state of its last run.</summary>
public sealed class Source
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required SourceKind Kind { get; set; }
    public required string Url { get; set; }
    public string? LinkSelector { get; set; }
    public int IntervalMinutes { get; set; } = 30;
    public bool Enabled { get; set; } = true;
    public DateTime CreatedAt { get; set; }

    public DateTime? LastRunAt { get; set; }
    public SourceStatus? LastStatus { get; set; }
    public string? LastError { get; set; }
    public int LastRunArticles { get; set; }
    public DateTime? NextRunAt { get; set; }
    public int ConsecutiveFailures { get; set; }

    /// <summary>
    /// The process running this source now and until when its claim holds (see <c>SourceLeases</c>): several instances on
    /// one database never run a source at the same time, and a holder that dies frees it when the claim runs out.
    /// </summary>
    public string? LeaseHolder { get; set; }
    public DateTime? LeaseUntil { get; set; }

    // Validators of the last listing/feed response, for conditional GET.
    public string? ETag { get; set; }
    public string? LastModified { get; set; }

    public List<Article> Articles { get; set; } = [];
}

public enum SourceKind
{
    Rss,
    Atom,
    Sitemap,
    Html,
}

public enum SourceStatus
{
    Ok,
    /// <summary>The listing was read but some articles could not be fetched or extracted.</summary>
    Partial,
    NotModified,
    Error,
}
