using System.Net;

namespace TalentWatch.Fetching;

/// <summary>Bound from configuration section TalentWatch:Scraper.</summary>
public sealed class FetcherOptions
{
    public const string SectionName = "TalentWatch:Scraper";

    /// <summary>Allow loopback, private, link-local and similar destinations (e.g. a feed bridge on the LAN).</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>
    /// Exact "ip:port" endpoints ("127.0.0.1:8080", "[::1]:8080") allowed even when AllowPrivateNetworks is false:
    /// lets one local service through without opening the whole LAN. Tests use it to prove that a redirect from an
    /// allowed endpoint to any other private endpoint is still refused.
    /// </summary>
    public IList<string> AllowedPrivateEndpoints { get; } = [];

    /// <summary>Pause between the end of one request and the start of the next to the same host.</summary>
    public int PerHostDelayMs { get; set; } = 1000;

    /// <summary>Limit for one exchange: connect, headers and the whole body.</summary>
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>Cap on the decompressed body.</summary>
    public long MaxResponseBytes { get; set; } = 15 * 1024 * 1024;

    public int MaxRedirects { get; set; } = 10;
    public bool RespectRobotsTxt { get; set; } = true;

    /// <summary>Sent on every request; its first product token ("TalentWatch") selects our robots.txt group.</summary>
    public string UserAgent { get; set; } = "TalentWatch/1.0 (+https://github.com/talentwatch/talentwatch; self-hosted news monitor)";

    private const string ConfigPrefix = SectionName + ":";

    // "TalentWatch/1.0 (+https://...)" -> "TalentWatch": the name robots.txt groups address.
    public string ProductToken()
    {
        var end = UserAgent.IndexOfAny(['/', ' ']);
        return end > 0 ? UserAgent[..end] : UserAgent.Trim();
    }

    public IEnumerable<IPEndPoint> PrivateEndpoints() => AllowedPrivateEndpoints.Select(value =>
        IPEndPoint.TryParse(value, out var endpoint) && endpoint.Port != 0
            ? endpoint
            : throw new ArgumentException($"{ConfigPrefix}AllowedPrivateEndpoints entry \"{value}\" is not an ip:port endpoint such as 127.0.0.1:8080."));

    public void Validate()
    {
        if (TimeoutSeconds <= 0)
        {
            throw new ArgumentException($"{ConfigPrefix}TimeoutSeconds must be positive, not {TimeoutSeconds}.");
        }

        if (MaxResponseBytes <= 0 || MaxResponseBytes > Array.MaxLength)
        {
            throw new ArgumentException($"{ConfigPrefix}MaxResponseBytes must be between 1 and {Array.MaxLength}, not {MaxResponseBytes}.");
        }

        if (MaxRedirects < 0 || PerHostDelayMs < 0)
        {
            throw new ArgumentException($"{ConfigPrefix}MaxRedirects and PerHostDelayMs cannot be negative.");
        }

        if (string.IsNullOrWhiteSpace(UserAgent))
        {
            throw new ArgumentException($"{ConfigPrefix}UserAgent must name the product honestly; it cannot be empty.");
        }
    }
}
