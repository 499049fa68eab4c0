using TalentWatch.Entities.Discovery;

namespace TalentWatch.Tests.Discovery;

/// <summary>The evaluation harness on the hand-written articles: names the rules were not tuned on.</summary>
public sealed class SyntheticCorpusTests
{
    [Fact]
    public void Synthetic_articles_score_high_in_both_languages()
    {
        var report = DiscoveryEvaluation.Evaluate(SyntheticArticles.Path, []);
        File.WriteAllText(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "talentwatch-discovery-synthetic.txt"),
            string.Join('\n', report.ByLanguage.Select(kv => $"{kv.Key}: {kv.Value}")) + "\n" + report.Details);

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

public sealed class DiscoveryRobustnessTests
{
    [Theory]
    [InlineData("(")]
    [InlineData(")")]
    [InlineData("()")]
    [InlineData("( )")]
    [InlineData("«»")]
    [InlineData("«")]
    [InlineData("» (X")]
    [InlineData("(Google")]
    [InlineData("شركة")]
    [InlineData("شركة (")]
    [InlineData("الذي يدعى")]
    [InlineData("و")]
    [InlineData("ـــ")]
    [InlineData("A.")]
    [InlineData("'s Mc Al- van")]
    [InlineData("John")]
    [InlineData("At Acme, Inc.")]
    [InlineData("\u200F\u200Eمحمد\u200F (Mohamed) 🙂 «» ()")]
    [InlineData("((((Nested (Parens) here)))) and ((Other))")]
    [InlineData("»(Google)")]
    [InlineData("«» (X)")]
    [InlineData("(Google) (Meta)")]
    [InlineData("الذي يدعى (Sam Altman)")]
    [InlineData("المدرب الهولندي")]
    [InlineData("شركة xAI")]
    [InlineData("Chief Executive")]
    [InlineData("Sources said. The. And & Or.")]
    public void Odd_input_does_not_throw(string text)
    {
        foreach (var lang in new[] { "en", "ar" })
        {
            var found = EntityDiscovery.Discover(text, text, lang, []);
            Assert.All(found, e => Assert.False(string.IsNullOrWhiteSpace(e.Name)));
        }
    }

    [Fact]
    public void Offsets_point_at_the_first_body_mention()
    {
        const string text = "Shares fell. Analysts said Priya Raman, who joined Orbix Labs, would lead it. Raman declined to comment.";

        var raman = SyntheticArticles.Find(EntityDiscovery.Discover(string.Empty, text, "en", []), "Priya Raman");

        Assert.Equal(text.IndexOf("Priya Raman", StringComparison.Ordinal), raman.FirstOffset);
        Assert.Equal(2, raman.Count);
        Assert.False(raman.InTitle);
    }
}

public sealed class DiscoveryTruncationTests
{
    /// <summary>Every cut of real article text (mid-word, mid-parenthesis, mid-quote) is handled without an exception.</summary>
    [Fact]
    public void Truncated_articles_never_throw()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(SyntheticArticles.Path));
        foreach (var article in doc.RootElement.EnumerateArray())
        {
            var (title, text) = DiscoveryEvaluation.ArticleText(article);
            for (var cut = 0; cut < text.Length; cut += 13)
            {
                foreach (var lang in new[] { "en", "ar" })
                {
                    var head = text[..cut];
                    var tail = text[cut..];
                    Assert.NotNull(EntityDiscovery.Discover(title, head, lang, []));
                    Assert.NotNull(EntityDiscovery.Discover(string.Empty, tail, lang, []));
                }
            }
        }
    }
}
