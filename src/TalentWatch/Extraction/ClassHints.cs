using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>How an element's class, id and role hint at its purpose.</summary>
internal enum Hint
{
    None,
    Positive,
    WeakNegative,
    StrongNegative,
}

/// <summary>Reads class/id/role names the way readability does, but on word tokens so "ad" does not match "head".</summary>
internal static class ClassHints
{
    // Matched as substrings: long enough not to occur inside unrelated words.
    private static readonly string[] StrongNegativeParts =
    [
        "comment", "disqus", "sidebar", "social", "share", "newsletter", "subscri", "signup", "sign-up", "related",
        "breadcrumb", "cookie", "consent", "gdpr", "sponsor", "advert", "promo", "byline", "footer", "recommend",
        "popular", "trending", "mostread", "most-read", "readmore", "read-more", "readalso", "read-also", "also-read",
        "more-stories", "morestories", "paywall", "outbrain", "taboola", "navigation", "navbar", "masthead", "skip-link",
        "author-box", "authorbox", "popup", "modal", "tag-list", "taglist", "post-tags", "article-tags",
        "dateline", "timestamp", "respond", "pagination", "topic-list", "topiclist",

        // A blog theme's post meta box (categories, tags, comment count) runs longer than the weak "meta" allows for.
        "postmeta", "post-meta", "post_meta", "entry-meta", "entry_meta", "entrymeta",

        // The author's bio under a post, named by what it says about the author rather than as a box.
        "author-info", "authorinfo", "about-author", "about-the-author", "author-description", "author-details", "author-bio",
    ];

    // Matched as whole tokens: short words that are also parts of innocent names.
    private static readonly HashSet<string> StrongNegativeTokens = new(StringComparer.Ordinal)
    {
        "nav", "tags", "tag", "ad", "ads", "adv", "adslot", "adunit", "dfp", "menu", "topics", "keywords",
        "references", "bibliography", "citations",
    };

    private static readonly HashSet<string> WeakNegativeTokens = new(StringComparer.Ordinal)
    {
        "meta", "author", "banner", "widget", "header", "toolbar", "login", "date", "time",
        "caption", "credit", "sr", "overlay", "badge", "pager", "jump", "icon",
    };

    private static readonly HashSet<string> PositiveTokens = new(StringComparer.Ordinal)
    {
        "article", "content", "entry", "post", "story", "body", "text", "main", "blog", "hentry", "prose", "richtext",
    };

    // Names that keep an element even when it also carries a weak negative ("article-meta").
    private static readonly HashSet<string> ProtectiveTokens = new(StringComparer.Ordinal)
    {
        "article", "body", "content", "main", "story", "column", "prose",
    };

    private static readonly HashSet<string> MainIds = new(StringComparer.Ordinal)
    {
        "main", "content", "main-content", "maincontent", "main_content", "article", "story", "article-body", "articlebody",
    };

    private static readonly HashSet<string> NegativeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar",
    };

    public static Hint Classify(IElement e)
    {
        var role = e.GetAttribute("role");
        if (role is not null && NegativeRoles.Contains(role.Trim()))
        {
            return Hint.StrongNegative;
        }

        // An element the page itself names its main part (id "main", "content") is that, whatever its classes say about
        // the layout around it ("one-sidebar").
        if (!string.IsNullOrEmpty(e.Id) && MainIds.Contains(e.Id.ToLowerInvariant()))
        {
            return Hint.Positive;
        }

        var hint = FromNames(WhatItIs(e.GetAttribute("class")) + " " + e.Id);
        if (hint is Hint.StrongNegative)
        {
            return hint;
        }

        // Component frameworks hash their class names ("css-1x2y3z") but keep readable test ids and component names.
        // They only ever mark chrome here: "text-block" on every paragraph wrapper must not outscore the article.
        var component = e.GetAttribute("data-testid") + " " + e.GetAttribute("data-component");
        return string.IsNullOrWhiteSpace(component) || FromNames(component) is not Hint.StrongNegative ? hint : Hint.StrongNegative;
    }

    /// <summary>
    /// The class names that say what an element is, without those that say what state it is in or what it is about:
    /// "has-ads", "is-paywalled", "isPaywall", a BEM modifier ("o-section--has-ads"), and on a post's own element the
    /// taxonomy WordPress adds ("tag-ai", "category-newsletter"). A story tagged "comments" is still the story.
    /// </summary>
    private static string WhatItIs(string? classes)
    {
        if (string.IsNullOrWhiteSpace(classes))
        {
            return string.Empty;
        }

        var names = classes.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var isPost = names.Any(n => n is "post" or "hentry" or "entry" or "article" || n.StartsWith("type-", StringComparison.Ordinal) || n.StartsWith("post-", StringComparison.Ordinal) && n[5..].All(char.IsAsciiDigit));
        var kept = new List<string>(names.Length);
        foreach (var name in names)
        {
            // BEM joins a block and its modifiers with "--" ("o-section--has-ads"); each part is judged on its own.
            foreach (var part in name.Split("--", StringSplitOptions.RemoveEmptyEntries))
            {
                if (!IsState(part) && !IsHook(part) && !IsLayout(part) && !(isPost && IsTaxonomy(part)))
                {
                    kept.Add(part);
                }
            }
        }

        return string.Join(' ', kept);
    }

    private static bool IsState(string name) =>
        StatePrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase))
        || StateWords.Contains(name)
        || (name.Length > 2 && name.StartsWith("is", StringComparison.Ordinal) && char.IsAsciiLetterUpper(name[2]))
        || (name.Length > 3 && name.StartsWith("has", StringComparison.Ordinal) && char.IsAsciiLetterUpper(name[3]));

    /// <summary>"js-readmore", "js_copypaste": a hook for a script, which says what the element does, not what it is.</summary>
    private static bool IsHook(string name) => name.StartsWith("js-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("js_", StringComparison.OrdinalIgnoreCase);

    /// <summary>"c-fixed-sidebar-layout", "layout-with-sidebar": how the page is laid out, around the story as much as the sidebar.</summary>
    private static bool IsLayout(string name) => name.Contains("layout", StringComparison.OrdinalIgnoreCase);

    private static bool IsTaxonomy(string name) => TaxonomyPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    // What a CMS says of a post's place on the site (Drupal's "node--promoted", "node--sticky"), not what the element is.
    private static readonly HashSet<string> StateWords = new(StringComparer.OrdinalIgnoreCase) { "promoted", "sticky", "featured", "pinned", "published", "unpublished" };

    private static readonly string[] StatePrefixes = ["has-", "is-", "with-", "no-", "without-"];

    private static readonly string[] TaxonomyPrefixes = ["tag-", "category-", "format-", "status-", "type-", "topic-", "section-"];

    private static Hint FromNames(string raw)
    {
        // "commentary" is an opinion piece, the story itself, not reader comments.
        var names = raw.ToLowerInvariant().Replace("commentary", "opinion", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(names))
        {
            return Hint.None;
        }

        var tokens = Tokens(names);
        if (StrongNegativeParts.Any(p => names.Contains(p, StringComparison.Ordinal)) || tokens.Any(StrongNegativeTokens.Contains))
        {
            return Hint.StrongNegative;
        }

        if (tokens.Any(WeakNegativeTokens.Contains))
        {
            return tokens.Any(ProtectiveTokens.Contains) ? Hint.Positive : Hint.WeakNegative;
        }

        return tokens.Any(PositiveTokens.Contains) ? Hint.Positive : Hint.None;
    }

    /// <summary>The words of lower-cased class and id names: "article-lead_text" has article, lead and text.</summary>
    public static string[] Tokens(string names) =>
        names.Split([' ', '-', '_', '\t', '\n', ':', '/'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Quote widgets (pull quotes, embedded posts) are body content even in asides or under negative names.</summary>
    public static bool IsQuote(IElement e)
    {
        var names = (e.GetAttribute("class") + " " + e.Id).ToLowerInvariant();
        return names.Contains("quote", StringComparison.Ordinal) || names.Contains("tweet", StringComparison.Ordinal);
    }
}
