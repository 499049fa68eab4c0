using System.Text.Json;

namespace TalentWatch.Web.Tests.Feeds;

/// <summary>
/// Reads a feed with something that is not our code: feedparser for RSS and Atom; for JSON Feed (which the Debian
/// feedparser does not read) the JSON Feed 1.1 schema check, then the items as the spec defines them.
/// </summary>
public static class FeedReaders
{
    private static readonly string[] FeedLinks = ["feed_url", "home_page_url"];

    public static async Task<Feedparser.Parsed> ReadAsync(byte[] feed, string contentType)
    {
        if (!contentType.StartsWith("application/feed+json", StringComparison.Ordinal))
        {
            return await Feedparser.ParseAsync(feed, contentType);
        }
        using var json = JsonDocument.Parse(feed);
        var root = json.RootElement;
        var errors = JsonFeedSchema.Validate(root);
        return new Feedparser.Parsed(
            errors.Count > 0, string.Join("; ", errors), "json11", root.GetProperty("title").GetString(),
            [.. FeedLinks.Where(n => root.TryGetProperty(n, out _)).Select(n => root.GetProperty(n).GetString()!)],
            [.. root.GetProperty("items").EnumerateArray().Select(item => new Feedparser.Entry(
                Text(item, "id"), Text(item, "title"), Text(item, "external_url") ?? Text(item, "url"), Text(item, "language"), Text(item, "date_modified"),
                item.TryGetProperty("tags", out var tags) ? [.. tags.EnumerateArray().Select(t => t.GetString()!)] : []))]);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
