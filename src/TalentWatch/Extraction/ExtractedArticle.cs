namespace TalentWatch.Extraction;

/// <summary>What the article page itself says, after boilerplate is removed.</summary>
public sealed record ExtractedArticle(
    string CanonicalUrl,
    string Title,
    string? Author,
    DateTimeOffset? PublishedAt,
    string Language,
    IReadOnlyList<string> Paragraphs)
{
    public string Text => string.Join("\n\n", Paragraphs);
}

/// <summary>What a feed, sitemap or listing said about the item: a fallback when the page is silent.</summary>
public sealed record FeedHints(string? Title = null, DateTimeOffset? PublishedAt = null, string? Author = null, string? Language = null)
{
    public static readonly FeedHints None = new();
}
