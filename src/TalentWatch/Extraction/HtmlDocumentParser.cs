using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace TalentWatch.Extraction;

/// <summary>Parses untrusted HTML under a size cap, a nesting cap and a deadline.</summary>
public static class HtmlDocumentParser
{
    /// <summary>Pages beyond this many characters are refused: no article needs more, and parsing is linear in size.</summary>
    public const int MaxHtmlChars = 5 * 1024 * 1024;

    /// <summary>
    /// Real pages nest a few dozen elements; the tree builder's cost grows quadratically with depth
    /// (20,000 nested divs take seconds), so deeper markup is refused before parsing.
    /// </summary>
    public const int MaxNestingDepth = 512;

    /// <summary>A backstop for whatever the pre-scan misses; AngleSharp's async parser observes the token.</summary>
    public static readonly TimeSpan ParseDeadline = TimeSpan.FromSeconds(5);

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false, SkipComments = true });

    /// <exception cref="HtmlTooComplexException">The page is too large, too deep or too slow to parse.</exception>
    public static IHtmlDocument Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length > MaxHtmlChars)
        {
            throw new HtmlTooComplexException($"The page has {html.Length} characters; the limit is {MaxHtmlChars}.");
        }

        var depth = NestingDepthScanner.MaxDepth(html, MaxNestingDepth);
        if (depth > MaxNestingDepth)
        {
            throw new HtmlTooComplexException($"The page nests elements more than {MaxNestingDepth} deep.");
        }

        using var deadline = new CancellationTokenSource(ParseDeadline);
        try
        {
            // The string overload runs to completion on this thread; the task is only a carrier for the token.
            return Parser.ParseDocumentAsync(html, deadline.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException ex)
        {
            throw new HtmlTooComplexException($"Parsing did not finish within {ParseDeadline.TotalSeconds} s.", ex);
        }
    }
}
