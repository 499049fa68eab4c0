namespace TalentWatch.Storage;

/// <summary>One run of one source: the scrape log.</summary>
public sealed class ScrapeRun
{
    public long Id { get; set; }
    public int SourceId { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime FinishedAt { get; set; }
    public SourceStatus Status { get; set; }
    public string? Error { get; set; }
    public int ItemsSeen { get; set; }
    public int ArticlesStored { get; set; }
    public int ItemsFailed { get; set; }

    /// <summary>New items not fetched because the run reached MaxArticlesPerRun: the next run, soon, takes them.</summary>
    public int ItemsLeft { get; set; }
}
