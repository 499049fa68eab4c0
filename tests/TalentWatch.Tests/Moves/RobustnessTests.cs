using TalentWatch.Entities;
using TalentWatch.Moves;
using TalentWatch.Vocabulary;

namespace TalentWatch.Tests.Moves;

public sealed class RobustnessTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("...", "؟؟")]
    [InlineData("Tesla", "Tesla")]
    [InlineData("joined", "left. hired! poached? founded")]
    [InlineData("", "انضم")]
    [InlineData("", "Tom Becker joined")]
    [InlineData("", "ل")]
    public void Odd_input_gives_no_move_and_no_exception(string title, string body)
    {
        Assert.Empty(MoveKit.Extract(body, "en", title));
        Assert.Empty(MoveKit.Extract(body, "ar", title));
    }

    [Fact]
    public void A_company_called_something_is_not_an_appointment()
    {
        Assert.Empty(MoveKit.Keys("Google backed a startup named Mistral AI.", "en"));
    }

    [Fact]
    public void Mentions_outside_the_text_are_ignored()
    {
        var stray = new EntityMention("tesla", EntityKind.Org, 500, 5, InTitle: false, "Tesla");
        Assert.Empty(MoveExtractor.Extract("", "Priya Raman joined.", "en", null, [stray]));
    }

    [Fact]
    public void Every_dev_article_runs_in_either_language_setting()
    {
        foreach (var article in DevCorpus.Load(DevCorpus.RequirePath()))
        {
            var mentions = DevCorpus.Mentions(article);
            var other = article.Language == "ar" ? "en" : "ar";
            var moves = MoveExtractor.Extract(article.Title, article.Body, other, null, mentions);
            Assert.All(moves, m => Assert.InRange(m.Confidence, 0, 1));
        }
    }

    [Fact]
    public void Mentions_given_out_of_text_order_give_the_same_moves()
    {
        const string body = "انتقل عمر فاروق، الباحث في تسلا، إلى أنثروبيك، وهو ما برره ماسك بأن فاروق كان سينضم إلى أوبن إيه آي. وقال إيلون ماسك إن الأمر طبيعي.";
        var mentions = MoveKit.Matcher.Match("", body);
        // Catalog matches first, then discovered names: the order the product hands them over in.
        var people = mentions.Where(m => m.Slug == "omar-farouk").ToList();
        var shuffled = mentions.Except(people).Concat(people).ToList();

        var ordered = MoveExtractor.Extract("", body, "ar", MoveKit.Published, mentions).Select(MoveKit.Key).Order(StringComparer.Ordinal);
        var unordered = MoveExtractor.Extract("", body, "ar", MoveKit.Published, shuffled).Select(MoveKit.Key).Order(StringComparer.Ordinal);

        Assert.Contains("join|omar-farouk||anthropic", unordered);
        Assert.Equal(ordered, unordered);
    }
}
