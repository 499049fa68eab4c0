using System.Buffers;
using System.Globalization;
using System.Text;

namespace TalentWatch.Web.Feeds;

/// <summary>Text and dates as the feed specifications want them.</summary>
public static class FeedText
{
    /// <summary>
    /// Removes what XML 1.0 forbids (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). Scraped titles
    /// carry such characters; one of them would make XmlWriter throw or, worse, a reader reject the whole feed.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        if (!NeedsCleaning(text))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[i + 1]);
                    i++;
                }
                continue;
            }
            if (IsAllowed(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>About the first <paramref name="length"/> characters, cut at a word, whitespace collapsed.</summary>
    public static string Summary(string? text, int length = 300)
    {
        // One pass that stops just past the length: feeds summarise fifty items per render.
        var clean = Clean(text);
        var flat = new StringBuilder(Math.Min(clean.Length, length + 1));
        var pendingSpace = false;
        foreach (var c in clean)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = flat.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                flat.Append(' ');
                pendingSpace = false;
            }
            flat.Append(c);
            if (flat.Length > length)
            {
                break;
            }
        }
        var summary = flat.ToString();
        if (summary.Length <= length)
        {
            return summary;
        }
        var cut = summary.LastIndexOf(' ', length);
        return string.Concat(summary.AsSpan(0, cut > length / 2 ? cut : length), "…");
    }

    /// <summary>RFC 822 (as RFC 1123 refines it), which RSS 2.0 requires: "Mon, 10 Mar 2025 12:00:00 GMT".</summary>
    /// <summary>
    /// The evidence sentence as an HTML blockquote, marked right to left when it is Arabic: quoted in an English feed it
    /// would otherwise be laid out left to right, its punctuation on the wrong side.
    /// </summary>
    public static string Quote(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var arabic = sentence.Count(TalentWatch.Entities.Discovery.ArabicTokenizer.IsArabicLetter);
        var latin = sentence.Count(char.IsAsciiLetter);
        var open = arabic > latin ? "<blockquote dir=\"rtl\" lang=\"ar\">" : "<blockquote>";
        return open + System.Net.WebUtility.HtmlEncode(sentence) + "</blockquote>";
    }

    public static string Rfc822(DateTime utc) => AsUtc(utc).ToString("r", CultureInfo.InvariantCulture);

    /// <summary>RFC 3339, which Atom and JSON Feed require: "2025-03-10T12:00:00Z".</summary>
    public static string Rfc3339(DateTime utc) => AsUtc(utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>SQLite gives back unspecified kinds; everything stored is UTC.</summary>
    public static DateTime AsUtc(DateTime value) =>
        value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static readonly SearchValues<char> ForbiddenControls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c)]);

    /// <summary>
    /// Vectorized searches over a clean text instead of a test per character: forbidden controls, U+FFFE/U+FFFF, and any
    /// surrogate (a pair is kept, a lone one is not; the character loop tells them apart).
    /// </summary>
    private static bool NeedsCleaning(string text)
    {
        var span = text.AsSpan();
        return span.IndexOfAny(ForbiddenControls) >= 0 || span.IndexOfAny('\uFFFE', '\uFFFF') >= 0 || span.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
    }

    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF' && !char.IsSurrogate(c));
}
