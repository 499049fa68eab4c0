namespace TalentWatch.Scraping;

/// <summary>Bound from TalentWatch:Scraper (the fetch settings of the same section are in FetcherOptions).</summary>
public sealed class ScraperOptions
{
    /// <summary>Run the scheduler in the web app; the CLI's `scrape --once` works either way.</summary>
    public bool Enabled { get; set; } = true;
    public int PollSeconds { get; set; } = 2;
    public int MaxConcurrentSources { get; set; } = 4;
    public int MaxArticlesPerRun { get; set; } = 100;
    public int MaxListingPages { get; set; } = 5;
    public int MaxChildSitemaps { get; set; } = 3;
    public int MaxBackoffMinutes { get; set; } = 360;
}

/// <summary>One entry of TalentWatch:Sources.</summary>
public sealed class SourceOptions
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Url { get; set; }
    public string? LinkSelector { get; set; }
    public int? IntervalMinutes { get; set; }
}
