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

    /// <summary>
    /// How long a claim on a source holds without renewal (renewed every third of it while the run lasts): the time
    /// another instance waits before taking over the sources of one that died.
    /// </summary>
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>
    /// This instance's name in the claims it takes (default: the machine's name). Instances on one machine share it; a
    /// restarted instance frees at once what a dead process of the same name held, others wait for the claim to end.
    /// </summary>
    public string? InstanceName { get; set; }

    /// <summary><see cref="InstanceName"/> as used: the machine's name when none is set.</summary>
    public string InstanceOrMachineName() => string.IsNullOrWhiteSpace(InstanceName) ? Environment.MachineName : InstanceName.Trim();
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
