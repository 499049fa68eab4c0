namespace TalentWatch.Web.Feeds;

/// <summary>A link to one article reporting an item: the original and its TalentWatch page.</summary>
public sealed record FeedSource(string Title, string Url, string TalentWatchUrl, string SourceName, DateTime At);

/// <summary>
/// One feed entry, format-neutral: the three writers render the same model so RSS, Atom and JSON Feed agree on
/// ids, titles and dates. Strings are raw (possibly scraped): the writers clean them for XML/JSON.
/// </summary>
public sealed record FeedEntry(
    string Id,
    string Title,
    string Link,
    string TalentWatchLink,
    string Summary,
    string ContentHtml,
    string? Author,
    IReadOnlyList<string> Categories,
    string? Language,
    DateTime Published,
    DateTime Updated,
    IReadOnlyList<FeedSource> Sources);

/// <summary>A whole feed: absolute URLs only (readers resolve nothing), dates in UTC.</summary>
public sealed record FeedDocument(
    string Title,
    string Description,
    string HomeUrl,
    string SelfUrl,
    string? Language,
    DateTime Updated,
    IReadOnlyList<FeedEntry> Entries);

/// <summary>The three formats, with what each is served as.</summary>
public sealed record FeedFormat(string Extension, string ContentType, Func<FeedDocument, byte[]> Write)
{
    public static readonly FeedFormat Rss = new("rss", "application/rss+xml; charset=utf-8", RssFeedWriter.Write);
    public static readonly FeedFormat Atom = new("atom", "application/atom+xml; charset=utf-8", AtomFeedWriter.Write);
    public static readonly FeedFormat Json = new("json", "application/feed+json; charset=utf-8", JsonFeedWriter.Write);

    public static IReadOnlyList<FeedFormat> All { get; } = [Rss, Atom, Json];
}
