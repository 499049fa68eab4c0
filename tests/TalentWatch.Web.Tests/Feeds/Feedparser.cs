using System.Text.Json;

namespace TalentWatch.Web.Tests.Feeds;

/// <summary>Python's feedparser (the reader library most aggregators are built on), fed the bytes on stdin.</summary>
public static class Feedparser
{
    public sealed record Entry(string? Id, string? Title, string? Link, string? Language, string? Updated, IReadOnlyList<string> Tags);

    public sealed record Parsed(bool Bozo, string Error, string Version, string? Title, IReadOnlyList<string> Links, IReadOnlyList<Entry> Entries);

    private const string Script = """
        import json, sys, feedparser
        d = feedparser.parse(sys.stdin.buffer.read(), response_headers={"content-type": sys.argv[1]})
        print(json.dumps({
            "bozo": bool(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version or "",
            "title": d.feed.get("title"), "links": [l.get("href") for l in d.feed.get("links", [])],
            "entries": [{"id": e.get("id"), "title": e.get("title"), "link": e.get("link"), "language": e.get("language") or (e.get("title_detail") or {}).get("language"),
                         "updated": e.get("updated"), "tags": [t.get("term") for t in e.get("tags", [])]} for e in d.entries],
        }, ensure_ascii=False))
        """;

    public static async Task<Parsed> ParseAsync(byte[] feed, string contentType)
    {
        await ExternalTools.RequireFeedparserAsync();
        var result = await ExternalTools.RunAsync(ExternalTools.Python, ["-c", Script, contentType], feed);
        Assert.True(result.ExitCode == 0, $"feedparser failed: {result.Error}");
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        return new Parsed(
            root.GetProperty("bozo").GetBoolean(),
            root.GetProperty("error").GetString() ?? string.Empty,
            root.GetProperty("version").GetString() ?? string.Empty,
            root.GetProperty("title").GetString(),
            [.. root.GetProperty("links").EnumerateArray().Select(l => l.GetString() ?? string.Empty)],
            [.. root.GetProperty("entries").EnumerateArray().Select(e => new Entry(
                Text(e, "id"), Text(e, "title"), Text(e, "link"), Text(e, "language"), Text(e, "updated"),
                [.. e.GetProperty("tags").EnumerateArray().Select(t => t.GetString() ?? string.Empty)]))]);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
