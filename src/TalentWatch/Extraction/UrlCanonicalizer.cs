using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>Normalises article URLs so the same story reached through different links dedupes to one key.</summary>
public static class UrlCanonicalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
        "ref", "ref_src", "ref_url", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "cmpid", "ocid",
        "ncid", "sr_share", "spm", "smid", "s_cid", "xtor", "at_medium", "at_campaign", "wt_mc",
        "trk", "trkcampaign",
    };

    /// <summary>
    /// Lower-cases scheme and host, drops the default port, the fragment and tracking parameters
    /// (utm_*, fbclid, gclid, mc_cid, ref, ...); keeps the path and the remaining parameters in order.
    /// </summary>
    /// <exception cref="ArgumentException">The URL is not absolute.</exception>
    public static string Canonicalize(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            throw new ArgumentException("Only absolute URLs can be canonicalised.", nameof(url));
        }

        var left = url.GetLeftPart(UriPartial.Path);
        var query = url.Query.TrimStart('?');
        if (query.Length == 0)
        {
            return left;
        }

        var kept = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Where(pair => !IsTracking(pair)).ToList();
        return kept.Count == 0 ? left : left + "?" + string.Join('&', kept);
    }

    /// <summary>The page's declared canonical URL (link rel=canonical, then og:url) if usable, else the page URL; always canonicalised.</summary>
    internal static string FromDocument(IDocument document, MetaTags meta, Uri pageUrl)
    {
        var declared = document.QuerySelectorAll("link[rel][href]")
            .Where(l => (l.GetAttribute("rel") ?? string.Empty).Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase))
            .Select(l => l.GetAttribute("href"))
            .Append(meta.Get("og:url"));
        foreach (var href in declared)
        {
            if (TryResolve(href, pageUrl, out var resolved))
            {
                return Canonicalize(resolved);
            }
        }

        return Canonicalize(pageUrl);
    }

    private static bool TryResolve(string? href, Uri pageUrl, out Uri resolved)
    {
        resolved = pageUrl;
        href = href?.Trim();
        if (string.IsNullOrEmpty(href) || !Uri.TryCreate(pageUrl, href, out var candidate))
        {
            return false;
        }

        if (candidate.Scheme is not ("http" or "https") || string.IsNullOrEmpty(candidate.Host)
            || (!candidate.Host.Contains('.', StringComparison.Ordinal) && !candidate.IsLoopback))
        {
            return false;
        }

        // A canonical pointing at the site's home page from an article is a CMS template bug, not the article's URL.
        if (candidate.AbsolutePath == "/" && pageUrl.AbsolutePath != "/")
        {
            return false;
        }

        resolved = candidate;
        return true;
    }

    private static bool IsTracking(string pair)
    {
        var eq = pair.IndexOf('=', StringComparison.Ordinal);
        var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
        return key.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)
            || key.StartsWith("pk_", StringComparison.OrdinalIgnoreCase)
            || TrackingParameters.Contains(key);
    }
}
