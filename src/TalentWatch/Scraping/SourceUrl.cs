using System.Diagnostics.CodeAnalysis;

namespace TalentWatch.Scraping;

/// <summary>
/// The one form a source's URL is stored and compared in, whether it came from the configuration, the defaults, an
/// OPML file or the admin form: two spellings of one address (127.1 and 127.0.0.1, a #fragment, /Feed/../feed/)
/// must be one source, or start-up trips over the unique index or quietly renames the first source after the second.
/// </summary>
public static class SourceUrl
{
    /// <summary>An absolute http(s) URL in canonical form; false for anything else.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Uri? url)
    {
        url = null;
        if (!Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
        {
            return false;
        }
        url = Canonical(parsed);
        return true;
    }

    /// <summary>
    /// What System.Uri already normalises (scheme and host case, IPv4 spellings such as 127.1 or 2130706433, the
    /// default port, dot segments), minus the fragment: it never reaches the server, so it cannot make another source.
    /// </summary>
    public static Uri Canonical(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsAbsoluteUri && url.OriginalString.Contains('#', StringComparison.Ordinal)
            ? new Uri(url.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped))
            : url;
    }
}
