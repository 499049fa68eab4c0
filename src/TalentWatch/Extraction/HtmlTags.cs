using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>What the main-text reader knows of HTML elements: which hold no content, which are phrasing, which are blocks.</summary>
internal static class HtmlTags
{
    public static readonly HashSet<string> NonContent = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "button",
        "input", "select", "textarea", "nav", "footer", "header", "dialog", "menu", "figcaption", "link", "meta", "head",

        // Ruby annotations: the reading aid printed over Japanese or Chinese characters, not words of the text.
        "rt", "rp",

        // AMP's own components for ads, consent, menus and tracking; amp-img and amp-twitter are content.
        "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads", "amp-analytics", "amp-pixel", "amp-sidebar", "amp-consent",
        "amp-user-notification", "amp-social-share", "amp-geo", "amp-iframe", "amp-install-serviceworker",
    };

    public static readonly HashSet<string> Phrasing = new(StringComparer.Ordinal)
    {
        "a", "span", "b", "strong", "em", "i", "u", "small", "time", "abbr", "cite", "code", "sub", "sup", "mark",
        "q", "label", "font", "s", "del", "ins", "bdi", "bdo", "kbd", "var", "dfn", "data", "img", "picture",
    };

    public static readonly HashSet<string> Block = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "details", "summary", "dd", "div", "dl", "dt", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "li", "main", "ol", "p", "pre", "section", "table",
        "tr", "td", "th", "ul", "caption", "center",
    };

    /// <summary>
    /// Elements whose text is never the story. A header inside an article, section or main is that part's own (as HTML
    /// defines it): its standfirst belongs to the text (its headline and byline are dropped by the boilerplate rules);
    /// only the page's header is chrome.
    /// </summary>
    public static bool IsNonContent(IElement e) =>
        NonContent.Contains(e.LocalName) && !(e.LocalName == "header" && e.ParentElement?.Closest("article, section, main") is not null);

    public static bool IsHidden(IElement e)
    {
        if (e.HasAttribute("hidden") || string.Equals(e.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = e.GetAttribute("style");
        return style is not null
            && (style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase)
                || style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));
    }
}
