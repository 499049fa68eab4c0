using TalentWatch.Entities;
using Xunit.Abstractions;

namespace TalentWatch.Tests.Discovery;

/// <summary>
/// Discovery scored on the shared dev corpus (../shared/corpus/dev beside the project). Prints P/R per language and every
/// miss and false find; fails when quality drops below the floors measured when the rules were written.
/// </summary>
public sealed class DiscoveryDevCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Dev_corpus_precision_and_recall_stay_above_the_floors()
    {
        var root = DiscoveryEvaluation.RepositoryRoot();
        Assert.NotNull(root);
        var corpus = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "dev", "articles.json"));
        Assert.True(File.Exists(corpus), $"The dev corpus is missing at {corpus}; this test scores discovery against it.");
        using var catalogStream = File.OpenRead(Path.Combine(root, "src", "TalentWatch", "Entities", "catalog.json"));
        var report = DiscoveryEvaluation.Evaluate(corpus, EntityCatalog.Load(catalogStream));
        foreach (var (lang, score) in report.ByLanguage.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{lang}: {score}");
        }
        output.WriteLine(report.Details);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "talentwatch-discovery-dev.txt"),
            string.Join('\n', report.ByLanguage.Select(kv => $"{kv.Key}: {kv.Value}")) + "\n" + report.Details);

        // Floors a little under the measured figures (bench/discovery.md), so a real regression fails.
        Assert.InRange(report.ByLanguage["en"].Precision, 0.9, 1.0);
        Assert.InRange(report.ByLanguage["en"].Recall, 0.8, 1.0);
        Assert.InRange(report.ByLanguage["ar"].Precision, 0.9, 1.0);
        Assert.InRange(report.ByLanguage["ar"].Recall, 0.85, 1.0);
    }
}
