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
/// through the app's guarded fetcher that must parse as the chosen kind. The admin form is an SSRF entry point, so
/// it gets exactly the scraper's guard, plus a literal-address check that refuses before any connection is tried.
/// </summary>
public sealed class SourceCheck(GuardedFetcher fetcher, ScraperOptions scraperOptions, IOptions<FetcherOptions> fetcherOptions,
    IStringLocalizer<SharedResource> localizer)
{
    public sealed record Outcome(Uri? Url, string? Problem, string? Note);

    public async Task<Outcome> CheckAsync(SourceForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (url, problem) = CheckTarget(form.Url, form.Kind);
        if (url is null)
        {
            return new Outcome(null, problem, null);
        }
        var probe = new Source { Name = "check", Kind = form.Kind, Url = url.AbsoluteUri, LinkSelector = form.LinkSelector };
        try
        {
            var discovery = new SourceDiscovery(fetcher, scraperOptions);
            var result = await discovery.DiscoverAsync(probe, _ => true, cancellationToken);
            if (result.Error is not null)
            {
                return new Outcome(null, localizer["The URL was fetched but does not read as {0}: {1}", KindName(form.Kind), result.Error], null);
            }
            return new Outcome(url, null, localizer["Checked: {0} item(s) found.", result.Items.Count].Value + (result.Warning is null ? "" : " " + result.Warning));
        }
        catch (FetchException ex)
        {
            return new Outcome(null, ex.Message, null);
        }
        catch (HtmlTooComplexException ex)
        {
            return new Outcome(null, localizer["The page could not be parsed: {0}", ex.Message], null);
        }
    }

    /// <summary>The checks that need no network: scheme, kind, credentials, literal private addresses.</summary>
    public (Uri? Url, string? Problem) CheckTarget(string? text, SourceKind kind)
    {
        // Uri normalises 2130706433, 0177.0.0.1 and 0x7f.1 to 127.0.0.1, so the address check below sees the real target.
        if (!Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return (null, localizer["The URL must be an absolute http:// or https:// address."]);
        }
        if (!Enum.IsDefined(kind))
        {
            return (null, localizer["The kind must be rss, atom, sitemap or html."]);
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
