namespace TalentWatch.Tests.Entities;

public class AmbiguityTests
{
    [Theory]
    [InlineData("Nikola Tesla patented the induction motor.")]
    [InlineData("He built a Tesla coil in his garage.")]
    [InlineData("A meta-analysis of 40 studies.")]
    [InlineData("A Meta-analysis of 40 studies.")]
    [InlineData("the meta question")]
    [InlineData("She baked an apple pie and drank apple juice.")]
    [InlineData("She baked an Apple pie.")]
    [InlineData("He likes apples.")]
    [InlineData("The X factor of the team.")]
    [InlineData("Solve for X in the equation.")]
    [InlineData("The character of the company.")]
    public void Common_words_are_not_companies(string body) =>
        Assert.Empty(TestCatalog.Slugs(body));

    [Theory]
    [InlineData("Meta hired him.", "meta")]
    [InlineData("He left Apple in May.", "apple")]
    [InlineData("TESLA SHARES FALL", "tesla")]
    [InlineData("He joined xAI last year.", "xai")]
    [InlineData("He joined Character.AI last year.", "character-ai")]
    [InlineData("He posted on X that he would leave.", "x-corp")]
    [InlineData("كتب على منصة إكس أنه سيغادر", "x-corp")]
    [InlineData("وقال في تغريدة على إكس إنه", "x-corp")]
    public void Capitalised_or_contextual_aliases_are_companies(string body, string slug) =>
        Assert.Equal([slug], TestCatalog.Slugs(body));

    [Theory]
    [InlineData("He scored X points in the match.")]
    [InlineData("حصل على المركز إكس في السباق")]
    public void Ambiguous_alias_without_context_is_dropped(string body) =>
        Assert.Empty(TestCatalog.Slugs(body));

    [Fact]
    public void Context_must_be_near_the_mention()
    {
        var far = "The platform " + string.Concat(Enumerable.Repeat("word ", 12)) + "and X then.";
        Assert.Empty(TestCatalog.Slugs(far));
        Assert.Equal(["x-corp"], TestCatalog.Slugs("The platform word word X then."));
    }
}
