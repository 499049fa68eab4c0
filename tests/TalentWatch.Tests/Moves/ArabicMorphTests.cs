using TalentWatch.Entities;
using TalentWatch.Moves;
using TalentWatch.Moves.Languages;

namespace TalentWatch.Tests.Moves;

public sealed class ArabicMorphTests
{
    private static bool Matches(string token, string stem, bool noun) =>
        ArabicMorph.Matches(TextNormalizer.NormalizeName(token), TextNormalizer.NormalizeName(stem), noun, out _);

    [Theory]
    [InlineData("والانضمام", "انضمام", true)]
    [InlineData("للانضمام", "انضمام", true)]
    [InlineData("انضمامه", "انضمام", true)]
    [InlineData("لاستقطابهم", "استقطاب", true)]
    [InlineData("وسينضم", "ينضم", false)]
    [InlineData("أسسها", "أسس", false)]
    [InlineData("وغادرت", "غادرت", false)]
    [InlineData("للاحتفاظ", "الاحتفاظ", true)]
    [InlineData("وللحفاظ", "الحفاظ", true)]
    public void Clitic_forms_match(string token, string stem, bool noun)
    {
        Assert.True(Matches(token, stem, noun));
    }

    [Theory]
    [InlineData("تركيز", "ترك", false)]
    [InlineData("الرحلة", "رحل", false)]
    [InlineData("ضمن", "ضم", false)]
    [InlineData("مرحلة", "رحل", false)]
    public void Other_words_containing_the_stem_do_not_match(string token, string stem, bool noun)
    {
        Assert.False(Matches(token, stem, noun));
    }

    [Fact]
    public void Set_lookup_tries_every_clitic_split()
    {
        // وكان is و + كان; the longest chain وك would leave ان.
        Assert.True(ArabicMorph.InSet(new HashSet<string>(StringComparer.Ordinal) { "كان" }, "وكان"));
    }
}
