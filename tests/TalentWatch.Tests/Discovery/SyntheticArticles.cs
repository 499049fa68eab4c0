using System.Text.Json;
using TalentWatch.Entities.Discovery;

namespace TalentWatch.Tests.Discovery;

/// <summary>Hand-written articles (TestData/Discovery/synthetic-articles.json, gold format) with names outside the dev corpus.</summary>
public static class SyntheticArticles
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "Discovery", "synthetic-articles.json");

    public static IReadOnlyList<DiscoveredEntity> Discover(string id)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path));
        var article = doc.RootElement.EnumerateArray().Single(a => a.GetProperty("id").GetString() == id);
        var (title, text) = DiscoveryEvaluation.ArticleText(article);
        return EntityDiscovery.Discover(title, text, article.GetProperty("lang").GetString()!, []);
    }

    public static DiscoveredEntity Find(IReadOnlyList<DiscoveredEntity> found, string name) =>
        found.SingleOrDefault(e => e.Aliases.Append(e.Name).Any(a => NameKey.Of(a) == NameKey.Of(name)))
        ?? throw new Xunit.Sdk.XunitException($"'{name}' not discovered; found: {string.Join(", ", found.Select(f => $"{f.Name} ({f.Kind})"))}");

    public static bool Mentions(IReadOnlyList<DiscoveredEntity> found, string name) =>
        found.Any(e => e.Aliases.Append(e.Name).Any(a => NameKey.Of(a) == NameKey.Of(name)));
}
