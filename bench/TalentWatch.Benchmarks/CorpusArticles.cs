using System.Text.Json;

namespace TalentWatch.Benchmarks;

/// <summary>Titles and bodies of the dev corpus (articles.json), bodies joined from their string blocks.</summary>
internal static class CorpusArticles
{
    public const string PathVariable = "TALENTWATCH_CORPUS";

    public static List<(string Title, string Body)> Load()
    {
        var path = Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(FindRepoRoot(), "..", "shared", "corpus", "dev", "articles.json");
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var articles = new List<(string, string)>();
        foreach (var article in document.RootElement.EnumerateArray())
        {
            var title = article.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";
            var blocks = article.TryGetProperty("blocks", out var b)
                // Object blocks (h2, quote, tweet, readalso) are page furniture; the prose is in the string blocks.
                ? b.EnumerateArray().Where(block => block.ValueKind == JsonValueKind.String).Select(block => block.GetString() ?? "")
                : [];
            articles.Add((title, string.Join("\n\n", blocks)));
        }

        return articles;
    }

    // BenchmarkDotNet runs benchmarks from a generated project deep under bin/, so look upwards from there too.
    private static string FindRepoRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "TalentWatch.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"Repository root not found; set {PathVariable} to articles.json.");
    }
}
