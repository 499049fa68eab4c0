using TalentWatch.Entities;
using TalentWatch.Vocabulary;

namespace TalentWatch.Tests.Entities;

public class EntityMatcherTests
{
    [Theory]
    [InlineData("غوغل")]
    [InlineData("جوجل")]
    [InlineData("Google")]
    public void Both_scripts_and_spellings_map_to_one_entity(string body) =>
        Assert.Equal(["google"], TestCatalog.Slugs(body));

    [Theory]
    [InlineData("أوبن إيه آي")]
    [InlineData("أوبن أيه آي")]
    [InlineData("اوبن ايه اي")]
    public void Arabic_spelling_variants_of_OpenAI(string body) =>
        Assert.Equal(["openai"], TestCatalog.Slugs(body));

    [Fact]
    public void Latin_names_inside_Arabic_text_match()
    {
        Assert.Equal(["openai", "xai"], TestCatalog.Slugs("انتقل من OpenAI إلى xAI الأسبوع الماضي"));
    }

    [Fact]
    public void Possessives_match_the_alias()
    {
        var mentions = TestCatalog.Matcher.Match("", "Elon Musk's plan and OpenAI’s reply; Musk's team.");
        Assert.Equal(["Elon Musk", "OpenAI", "Musk"], mentions.Select(m => m.Surface));
    }

    [Fact]
    public void Offsets_point_into_the_original_strings()
    {
        const string title = "«تسلا» تخسر مهندسًا";
        const string body = "  قال إِيلُونْ ماسكُ، رئيس تسلا،\nإن وألتمان  وسام ألتمان...";
        var mentions = TestCatalog.Matcher.Match(title, body);

        // The catalog short form وألتمان counts because the full name is in the same article, even later.
        Assert.Equal(["tesla", "elon-musk", "tesla", "sam-altman", "sam-altman"], mentions.Select(m => m.Slug));
        foreach (var m in mentions)
        {
            Assert.Equal(m.Surface, (m.InTitle ? title : body).Substring(m.Start, m.Length));
        }

        Assert.Equal(1, mentions[0].Start);
        Assert.Equal("إِيلُونْ ماسكُ", mentions[1].Surface);
        Assert.Equal("ألتمان", mentions[3].Surface);
        Assert.Equal(body.IndexOf("سام", StringComparison.Ordinal), mentions[4].Start);
    }

    [Fact]
    public void Summarize_counts_per_entity_with_first_body_offset()
    {
        var mentions = TestCatalog.Matcher.Match("Tesla loses engineers", "Elon Musk said Tesla will pay. Musk again. Tesla.");
        var counts = EntityMatcher.Summarize(mentions);

        Assert.Equal(
            [
                new EntityCount("tesla", EntityKind.Org, 3, 15, true),
                new EntityCount("elon-musk", EntityKind.Person, 2, 0, false),
            ],
            counts);
    }

    [Fact]
    public void Former_names_and_multi_word_aliases_match()
    {
        Assert.Equal(["meta", "meta"], TestCatalog.Slugs("Facebook, now Meta Platforms, said"));
        Assert.Equal(["google-deepmind", "google"], TestCatalog.Slugs("Google DeepMind and Google"));
    }
}
