namespace TalentWatch.Feeds;

/// <summary>A link to an article as a feed, sitemap or listing page announced it.</summary>
public sealed record FeedItem(Uri Link, string? Title = null, DateTimeOffset? PublishedAt = null, string? Author = null, string? Language = null);
