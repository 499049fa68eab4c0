using TalentWatch.Entities;
using TalentWatch.Moves;
using TalentWatch.Vocabulary;

namespace TalentWatch.Tests.Moves;

/// <summary>
/// A move into or out of a company's unit (a lab or division the catalog marks as a unit) is the company's move, with
/// the unit as its role; a move between a company and its own unit is no talent move.
/// </summary>
public class UnitCreditTests
{
    private static readonly CatalogEntry[] Catalog =
    [
        .. MoveKit.Entries,
        new("meta-superintelligence-labs", EntityKind.Org, "Meta Superintelligence Labs", "مختبرات ميتا للذكاء الفائق", [], Parent: "meta", Unit: true),
        new("google-deepmind", EntityKind.Org, "Google DeepMind", "غوغل ديب مايند", [], Parent: "google"),
    ];

    private static readonly EntityMatcher Matcher = new(Catalog);

    private static IReadOnlyList<ExtractedMove> Extract(string body, string language) =>
        MoveExtractor.Extract("", body, language, MoveKit.Published, Matcher.Match("", body), EntityCatalog.UnitParents(Catalog));

    [Fact]
    public void A_join_into_a_unit_is_a_join_of_its_company_with_the_unit_as_role()
    {
        var join = Assert.Single(Extract("Priya Raman has joined Meta Superintelligence Labs from OpenAI.", "en"), m => m.Type == MoveType.Join);

        Assert.Equal(("priya-raman", "openai", "meta", "Meta Superintelligence Labs"), (join.PersonSlug, join.FromSlug, join.ToSlug, join.Role));
    }

    [Fact]
    public void An_arabic_join_into_a_unit_is_a_join_of_its_company()
    {
        var join = Assert.Single(Extract("انضمت بريا رامان إلى «مختبرات ميتا للذكاء الفائق» قادمة من أوبن إيه آي.", "ar"), m => m.Type == MoveType.Join);

        Assert.Equal(("priya-raman", "meta"), (join.PersonSlug, join.ToSlug));
    }

    [Fact]
    public void A_subsidiary_that_is_no_unit_keeps_its_own_moves()
    {
        var join = Assert.Single(Extract("Priya Raman has joined Google DeepMind from OpenAI.", "en"), m => m.Type == MoveType.Join);

        Assert.Equal("google-deepmind", join.ToSlug);
    }

    [Fact]
    public void A_move_from_the_company_into_its_own_unit_is_no_talent_move()
    {
        Assert.DoesNotContain(Extract("Priya Raman moved from Meta to Meta Superintelligence Labs in June.", "en"), m => m.Type == MoveType.Join);
    }

    [Fact]
    public void Without_units_the_unit_stays_the_destination()
    {
        var body = "Priya Raman has joined Meta Superintelligence Labs from OpenAI.";
        var join = Assert.Single(MoveExtractor.Extract("", body, "en", MoveKit.Published, Matcher.Match("", body)), m => m.Type == MoveType.Join);

        Assert.Equal("meta-superintelligence-labs", join.ToSlug);
    }
}
