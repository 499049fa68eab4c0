using System.Globalization;
using System.Net;

namespace TalentWatch.Fetching;

/// <summary>
/// Builds FetchExceptions whose messages are whole sentences a user can act on: what was refused, why, and which
/// TalentWatch:Scraper setting governs it. A URL reached by redirect names the URL the user asked for as well.
/// </summary>
internal static class FetchFailures
{
    private const string Config = FetcherOptions.SectionName + ":";

    public static FetchException UnsupportedScheme(Uri url, Uri requested) =>
        new(FetchFailure.Blocked, url, $"Refused {Describe(url, requested)}: only http and https URLs are fetched");

    public static FetchException Blocked(Uri url, Uri requested, string explanation, Exception? inner = null) =>
        new(FetchFailure.Blocked, url, $"Refused {Describe(url, requested)}: {explanation}; set {Config}AllowPrivateNetworks to allow it", inner: inner);

    public static FetchException RobotsDisallowed(Uri url, Uri requested, string productToken) =>
        new(FetchFailure.RobotsDisallowed, url, $"Skipped {Describe(url, requested)}: robots.txt of {url.GetLeftPart(UriPartial.Authority)} disallows it for {productToken}");

    public static FetchException TooManyRedirects(Uri requested, int maxRedirects, Uri? next) =>
        new(FetchFailure.TooManyRedirects, requested, $"Gave up on {requested}: more than {maxRedirects} redirects (the last one pointed to {next}; {Config}MaxRedirects)");

    public static FetchException TooLarge(Uri url, Uri requested, long maxBytes) =>
        new(FetchFailure.TooLarge, url, $"Stopped reading {Describe(url, requested)}: the response is larger than {FormatBytes(maxBytes)} ({Config}MaxResponseBytes)");

    public static FetchException Timeout(Uri url, Uri requested, TimeSpan timeout, Exception inner) =>
        new(FetchFailure.Timeout, url, $"Gave up on {Describe(url, requested)}: no complete response within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s ({Config}TimeoutSeconds)", inner: inner);

    public static FetchException Network(Uri url, Uri requested, Exception inner) =>
        new(FetchFailure.Network, url, $"Could not fetch {Describe(url, requested)}: {inner.Message}", inner: inner);

    public static FetchException Status(Uri url, Uri requested, HttpStatusCode status, string? reason, TimeSpan? retryAfter)
    {
        var retry = retryAfter is { } wait ? $"; retry after {wait.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s" : "";
        return new(FetchFailure.HttpStatus, url, $"{Describe(url, requested)} answered {(int)status} {reason}{retry}".TrimEnd(), status, retryAfter);
    }

    public static FetchException RedirectWithoutLocation(Uri url, Uri requested, HttpStatusCode status) =>
        new(FetchFailure.HttpStatus, url, $"{Describe(url, requested)} answered {(int)status} without a Location to redirect to", status);

    private static string Describe(Uri url, Uri requested) =>
        url == requested ? url.ToString() : $"{url} (redirected from {requested})";

    private static string FormatBytes(long bytes) => bytes % (1024 * 1024) == 0
        ? $"{bytes / (1024 * 1024)} MiB"
        : $"{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes";
}
