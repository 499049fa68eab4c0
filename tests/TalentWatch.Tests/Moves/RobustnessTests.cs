using TalentWatch.Entities;
using TalentWatch.Moves;

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
        if (DevCorpus.FindPath() is not { } path)
        {
            return;
        }

        foreach (var article in DevCorpus.Load(path))
        {
            var mentions = DevCorpus.Mentions(article);
            var other = article.Language == "ar" ? "en" : "ar";
            var moves = MoveExtractor.Extract(article.Title, article.Body, other, null, mentions);
            Assert.All(moves, m => Assert.InRange(m.Confidence, 0, 1));
        }
    }
}
