using System.Text.Json;
using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>Finds the article object in a page's JSON-LD blocks, wherever it is nested.</summary>
internal sealed class JsonLdReader
{
    private const int MaxNodesVisited = 10_000;

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "TechArticle", "ScholarlyArticle", "Report", "PressRelease", "LiveBlogPosting",
        "SocialMediaPosting", "WebPage", "Posting",
    };

    private readonly List<JsonElement> articles = [];

    private JsonLdReader() { }

    public static JsonLdReader FromDocument(IDocument document)
    {
        var reader = new JsonLdReader();
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            var type = script.GetAttribute("type") ?? string.Empty;
            if (!type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions
                {
                    AllowTrailingCommas = true,
                    CommentHandling = JsonCommentHandling.Skip,
                    MaxDepth = 64,
                });
                reader.Collect(doc.RootElement.Clone());
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the page's other metadata still applies.
            }
        }

        // Specific article types beat the generic WebPage wrapper many CMSs also emit.
        var ranked = reader.articles.OrderBy(Rank).ToList();
        reader.articles.Clear();
        reader.articles.AddRange(ranked);
        return reader;
    }

    public string? Headline => FirstString("headline") ?? FirstString("name");

    public string? DatePublished => FirstString("datePublished") ?? FirstString("dateCreated");

    /// <summary>The people credited; an organization named as author is only the fallback <see cref="OrganizationAuthor"/>.</summary>
    public string? Author => AuthorOfKind(organizations: false);

    /// <summary>The publisher-style author ("Site News") some CMSs emit when no person is credited.</summary>
    public string? OrganizationAuthor => AuthorOfKind(organizations: true);

    public string? InLanguage => FirstString("inLanguage");

    /// <summary>The full text some sites put in their metadata; the last resort when the page's markup yields none.</summary>
    public string? ArticleBody => FirstString("articleBody");

    private static int Rank(JsonElement e) => TypeNames(e).Any(t => t.Contains("Article", StringComparison.OrdinalIgnoreCase) || t.Contains("Posting", StringComparison.OrdinalIgnoreCase) || t == "PressRelease" || t == "Report") ? 0 : 1;

    private string? FirstString(string property)
    {
        foreach (var a in articles)
        {
            if (a.TryGetProperty(property, out var v))
            {
                var s = v.ValueKind switch
                {
                    JsonValueKind.String => v.GetString(),
                    JsonValueKind.Array => v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()).FirstOrDefault(),
                    JsonValueKind.Object when v.TryGetProperty("@value", out var inner) && inner.ValueKind == JsonValueKind.String => inner.GetString(),
                    JsonValueKind.Object when v.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => name.GetString(),
                    _ => null,
                };
                if (!string.IsNullOrWhiteSpace(s))
                {
                    return s;
                }
            }
        }

        return null;
    }

    private string? AuthorOfKind(bool organizations)
    {
        foreach (var a in articles)
        {
            if (a.TryGetProperty("author", out var author))
            {
                var names = AuthorNames(author, organizations);
                if (names.Count > 0)
                {
                    return string.Join(", ", names);
                }
            }
        }

        return null;
    }

    private static List<string> AuthorNames(JsonElement author, bool organizations)
    {
        var names = new List<string>();
        var items = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author];
        foreach (var item in items)
        {
            var isOrganization = item.ValueKind == JsonValueKind.Object && TypeNames(item).Any(t => t.Contains("Organization", StringComparison.OrdinalIgnoreCase));
            if (isOrganization != organizations)
            {
                continue;
            }

            var name = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object when item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                _ => null,
            };
            name = CleanText.CollapseWhitespace(name);
            if (name.Length > 0 && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static IEnumerable<string> TypeNames(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var type))
        {
            yield break;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            yield return type.GetString() ?? string.Empty;
        }
        else if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String)
                {
                    yield return t.GetString() ?? string.Empty;
                }
            }
        }
    }

    private void Collect(JsonElement root)
    {
        // Iterative: @graph arrays and mainEntity nesting vary by CMS, and depth is attacker-chosen.
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        var visited = 0;
        while (stack.Count > 0 && visited++ < MaxNodesVisited)
        {
            var e = stack.Pop();
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray().Reverse())
                {
                    stack.Push(item);
                }

                continue;
            }

            if (e.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (TypeNames(e).Any(ArticleTypes.Contains))
            {
                articles.Add(e);
            }

            foreach (var p in e.EnumerateObject().Reverse())
            {
                if (p.Name is "author" or "publisher" or "creator" or "image" or "logo")
                {
                    continue;
                }

                if (p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    stack.Push(p.Value);
                }
            }
        }
    }
}
