namespace TalentWatch.Storage;

/// <summary>One story, stored once under its canonical URL.</summary>
public sealed class Article
{
    public long Id { get; set; }

    /// <summary>Null once the source was deleted and its articles kept (name it with <see cref="SourceLabel"/>).</summary>
    public int? SourceId { get; set; }
    public Source? Source { get; set; }

    /// <summary>Canonical URL: rel=canonical honoured, tracking parameters and fragment removed. Unique.</summary>
    public required string Url { get; set; }
    public required string Title { get; set; }
    public string? Author { get; set; }
    public required string Language { get; set; }

    /// <summary>Publication instant in UTC; the offset the outlet used is kept beside it.</summary>
    public DateTime? PublishedAt { get; set; }
    public int? PublishedOffsetMinutes { get; set; }
    public DateTime FetchedAt { get; set; }

    /// <summary>Newest-first ordering key: the publication time, or the fetch time when the page gives none.</summary>
    public DateTime SortAt { get; set; }

    public required string Text { get; set; }
    public bool Relevant { get; set; } = true;
    public double Relevance { get; set; } = 1.0;

    /// <summary>Which relevance signals fired, one per line: the explanation of Relevant.</summary>
    public string? RelevanceSignals { get; set; }

    public ArticlePage? Page { get; set; }

    public List<ArticleEntity> Entities { get; set; } = [];

    public List<Move> Moves { get; set; } = [];

    public DateTimeOffset? PublishedAtWithOffset =>
        PublishedAt is { } utc
            ? new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified), TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(PublishedOffsetMinutes ?? 0))
            : null;
}

/// <summary>The fetched HTML, gzip-compressed, so extraction can be re-run without fetching again.</summary>
public sealed class ArticlePage
{
    public long ArticleId { get; set; }
    public required string FetchedUrl { get; set; }
    public string? ContentType { get; set; }
    public required byte[] HtmlGzip { get; set; }
}
