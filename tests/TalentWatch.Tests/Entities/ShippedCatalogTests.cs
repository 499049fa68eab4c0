using TalentWatch.Entities;

namespace TalentWatch.Tests.Entities;

/// <summary>What the shipped catalog knows beyond names: the epithets reporters use for a company, and which entries are units.</summary>
public class ShippedCatalogTests
{
    private static readonly EntityMatcher Matcher = new(EntityCatalog.LoadShipped());

    [Theory]
    [InlineData("Two researchers went back to the ChatGPT maker after a month.", "openai")]
    [InlineData("The iPhone maker did not comment.", "apple")]
    [InlineData("عاد الباحثان إلى صانعة تشات جي بي تي بعد شهر.", "openai")]
    public void A_company_named_by_what_it_makes_is_that_company(string text, string slug)
    {
        Assert.Contains(Matcher.Match("", text), m => m.Slug == slug);
    }

    [Fact]
    public void Labs_inside_a_company_are_units_of_it_and_subsidiaries_that_hire_on_their_own_are_not()
    {
        var units = EntityCatalog.ShippedUnitParents;

        Assert.Equal("meta", units["meta-superintelligence-labs"]);
        Assert.Equal("microsoft", units["microsoft-ai"]);
        Assert.Equal("meta", units["meta-ai"]);
        Assert.False(units.ContainsKey("google-deepmind"));
    }
}
