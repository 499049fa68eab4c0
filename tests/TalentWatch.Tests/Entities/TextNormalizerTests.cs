using TalentWatch.Entities;

namespace TalentWatch.Tests.Entities;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("أإآٱ", "اااا")]
    [InlineData("مبنى", "مبني")]
    [InlineData("شركة", "شركه")]
    [InlineData("مؤسس", "موسس")]
    [InlineData("رئيس", "رييس")]
    [InlineData("ألتمانُ", "التمان")]
    [InlineData("مُحَمَّدٌ", "محمد")]
    [InlineData("الرحمٰن", "الرحمن")]
    [InlineData("تســـلا", "تسلا")]
    public void Arabic_letters_are_folded_and_marks_dropped(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.NormalizeName(input));

    [Theory]
    [InlineData("OpenAI’s", "openai's")]
    [InlineData("Sam  Altman,\n said", "sam altman said")]
    [InlineData("Character.AI", "character.ai")]
    [InlineData("meta-analysis", "meta-analysis")]
    [InlineData("end. Next", "end next")]
    [InlineData("«ميتا»، و-", "ميتا و")]
    public void Latin_is_lowered_and_punctuation_becomes_single_spaces(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.NormalizeName(input));

    [Fact]
    public void Map_points_every_normalised_char_back_to_its_source()
    {
        const string text = "  قال إِيلُونْ  ماسك، ";
        var normalized = TextNormalizer.Normalize(text, out var map);

        Assert.Equal("قال ايلون ماسك ", normalized);
        Assert.Equal(normalized.Length, map.Length);
        var at = normalized.IndexOf("ماسك", StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("ماسك", StringComparison.Ordinal), map[at]);
        var elon = normalized.IndexOf("ايلون", StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("إِيلُونْ", StringComparison.Ordinal), map[elon]);
        Assert.Equal('ن', text[map[elon + 4]]);
        for (var i = 0; i < normalized.Length; i++)
        {
            Assert.True(i == 0 || map[i] > map[i - 1], $"map must increase at {i}");
        }
    }
}
