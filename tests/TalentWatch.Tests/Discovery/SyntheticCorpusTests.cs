using TalentWatch.Entities.Discovery;

namespace TalentWatch.Tests.Discovery;

/// <summary>The evaluation harness on the hand-written articles: names the rules were not tuned on.</summary>
public sealed class SyntheticCorpusTests
{
    [Fact]
    public void Synthetic_articles_score_high_in_both_languages()
    {
        var report = DiscoveryEvaluation.Evaluate(SyntheticArticles.Path, []);

        foreach (var lang in new[] { "en", "ar" })
        {
            Assert.True(report.ByLanguage[lang].Precision >= 0.9, $"{lang} {report.ByLanguage[lang]}\n{report.Details}");
            Assert.True(report.ByLanguage[lang].Recall >= 0.8, $"{lang} {report.ByLanguage[lang]}\n{report.Details}");
        }
    }

    [Fact]
    public void Discovery_handles_empty_input() =>
        Assert.Empty(EntityDiscovery.Discover(string.Empty, string.Empty, "ar", []));
}
