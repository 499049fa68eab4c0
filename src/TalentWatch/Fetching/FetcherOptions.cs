namespace TalentWatch.Fetching;

/// <summary>Bound from configuration section TalentWatch:Scraper.</summary>
public sealed class FetcherOptions
{
    public bool AllowPrivateNetworks { get; set; }
    public int PerHostDelayMs { get; set; } = 1000;
    public int TimeoutSeconds { get; set; } = 20;
    public long MaxResponseBytes { get; set; } = 15 * 1024 * 1024;
    public int MaxRedirects { get; set; } = 10;
    public bool RespectRobotsTxt { get; set; } = true;
    public string UserAgent { get; set; } = "TalentWatch/1.0 (+https://github.com/talentwatch/talentwatch; self-hosted news monitor)";
}
