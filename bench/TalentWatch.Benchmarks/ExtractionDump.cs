using System.Globalization;
using System.Text.Json;
using TalentWatch.Extraction;

namespace TalentWatch.Benchmarks;

/// <summary>
/// Runs the extractor over a manifest of rendered pages (bench/extraction_eval.py manifest) and writes
/// one JSON line per page for bench/extraction_eval.py score.
/// </summary>
internal static class ExtractionDump
{
    private sealed record Hint(string? Title, string? PublishedAt, string? Author, string? Language);

    private sealed record Item(string Id, string Url, string File, Hint Hint);

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static int Run(string manifestPath, string outPath)
    {
        var items = JsonSerializer.Deserialize<List<Item>>(File.ReadAllText(manifestPath), Web) ?? [];
        using var output = new StreamWriter(outPath);
        foreach (var item in items)
        {
            var html = RenderedPages.Decode(File.ReadAllBytes(item.File));
            var published = item.Hint.PublishedAt is null ? (DateTimeOffset?)null : DateTimeOffset.Parse(item.Hint.PublishedAt, CultureInfo.InvariantCulture);
            var hints = new FeedHints(item.Hint.Title, published, item.Hint.Author, item.Hint.Language);
            var a = ArticleExtractor.Extract(html, new Uri(item.Url), hints);
            output.WriteLine(JsonSerializer.Serialize(new
            {
                id = item.Id,
                url = a.CanonicalUrl,
                title = a.Title,
                author = a.Author,
                language = a.Language,
                publishedAt = a.PublishedAt?.ToString("O", CultureInfo.InvariantCulture),
                text = a.Text,
            }));
        }

        Console.WriteLine($"{items.Count} pages extracted to {outPath}");
        return 0;
    }
}
