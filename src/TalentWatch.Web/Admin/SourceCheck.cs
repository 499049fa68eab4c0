using System.Net;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TalentWatch.Extraction;
using TalentWatch.Fetching;
using TalentWatch.Scraping;
using TalentWatch.Storage;

namespace TalentWatch.Web.Admin;

/// <summary>
/// Vets a source URL before it is stored: http(s) only, no private destination (unless allowed), and a real fetch
/// through the app's guarded fetcher that must parse as the chosen kind, or, with no kind chosen, detection of what
/// the site offers (SourceDetector). The admin form is an SSRF entry point, so it gets exactly the scraper's guard,
/// plus a literal-address check that refuses before any connection is tried.
/// </summary>
public sealed class SourceCheck(GuardedFetcher fetcher, ScraperOptions scraperOptions, IOptions<FetcherOptions> fetcherOptions,
    IStringLocalizer<SharedResource> localizer)
{
    /// <summary>The URL and kind to store, with a note for the admin; or, with Url null, the problem.</summary>
    public sealed record Outcome(Uri? Url, SourceKind Kind, string? Problem, string? Note)
    {
        /// <summary>The feed's or the site's own title, for a source added without a name.</summary>
        public string? Title { get; init; }

        public static Outcome Refused(string problem) => new(null, default, problem, null);
    }

    public async Task<Outcome> CheckAsync(SourceForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (url, problem) = CheckTarget(form.Url, form.Kind);
        if (url is null)
        {
            return Outcome.Refused(problem!);
        }
        try
        {
            return form.Kind is { } kind
                ? await ReadAsAsync(url, kind, form.LinkSelector, cancellationToken)
                : await DetectAsync(url, form.LinkSelector, cancellationToken);
        }
        catch (FetchException ex)
        {
            return Outcome.Refused(ex.Message);
        }
        catch (HtmlTooComplexException ex)
        {
            return Outcome.Refused(localizer["The page could not be parsed: {0}", ex.Message]);
        }
    }

    private async Task<Outcome> ReadAsAsync(Uri url, SourceKind kind, string? linkSelector, CancellationToken cancellationToken)
    {
        var probe = new Source { Name = "check", Kind = kind, Url = url.AbsoluteUri, LinkSelector = linkSelector };
        var discovery = new SourceDiscovery(fetcher, scraperOptions);
        var result = await discovery.DiscoverAsync(probe, _ => true, cancellationToken);
        if (result.Error is not null)
        {
            return Outcome.Refused(localizer["The URL was fetched but does not read as {0}: {1}", KindName(kind), result.Error]);
        }
        return new Outcome(url, kind, null, localizer["Checked: {0} item(s) found.", result.Items.Count].Value + (result.Warning is null ? "" : " " + result.Warning))
        { Title = SourceTitle.Of(result.Response) };
    }

    private async Task<Outcome> DetectAsync(Uri url, string? linkSelector, CancellationToken cancellationToken)
    {
        var detection = await new SourceDetector(fetcher, scraperOptions).DetectAsync(url, linkSelector, cancellationToken);
        if (detection.Url is null)
        {
            return Outcome.Refused(detection.Message);
        }
        // The site chose this address: it was fetched through the guard, but it is held to the same rules as a typed one.
        var (detected, problem) = CheckTarget(detection.Url.AbsoluteUri, detection.Kind);
        return detected is null ? Outcome.Refused(problem!) : new Outcome(detected, detection.Kind, null, detection.Message) { Title = detection.Title };
    }

    /// <summary>The checks that need no network: scheme, kind, credentials, literal private addresses.</summary>
    public (Uri? Url, string? Problem) CheckTarget(string? text, SourceKind? kind)
    {
        // Uri normalises 2130706433, 0177.0.0.1 and 0x7f.1 to 127.0.0.1, so the address check below sees the real target;
        // the canonical form (no #fragment) is also the one configured sources are stored in, so duplicates are caught.
        if (!SourceUrl.TryParse(text, out var url))
        {
            return (null, localizer["The URL must be an absolute http:// or https:// address."]);
        }
        if (kind is { } chosen && !Enum.IsDefined(chosen))
        {
            return (null, localizer["The kind must be automatic, rss, atom, sitemap or html."]);
        }
        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            return (null, localizer["The URL must not contain a user name or password."]);
        }
        if (PrivateTarget(url) is { } reason)
        {
            // The reasons are the few fixed phrases AddressPolicy.DescribeNonPublic returns; each has its translation.
            return (null, localizer["Refused: {0} is {1}, and private networks are not allowed (TalentWatch:Scraper:AllowPrivateNetworks is off).", url.Host, localizer[reason].Value]);
        }
        return (url, null);
    }

    private string? PrivateTarget(Uri url)
    {
        var options = fetcherOptions.Value;
        if (options.AllowPrivateNetworks || url.HostNameType is not (UriHostNameType.IPv4 or UriHostNameType.IPv6)
            || !IPAddress.TryParse(url.Host.TrimStart('[').TrimEnd(']'), out var address))
        {
            return null;
        }
        var reason = AddressPolicy.DescribeNonPublic(address);
        var endpoint = url.HostNameType == UriHostNameType.IPv6 ? $"[{address}]:{url.Port}" : $"{address}:{url.Port}";
        return reason is not null && !options.AllowedPrivateEndpoints.Contains(endpoint, StringComparer.OrdinalIgnoreCase) ? reason : null;
    }

    private string KindName(SourceKind kind) => kind switch
    {
        SourceKind.Rss => localizer["an RSS feed"],
        SourceKind.Atom => localizer["an Atom feed"],
        SourceKind.Sitemap => localizer["a sitemap"],
        _ => localizer["an HTML listing page"],
    };
}
