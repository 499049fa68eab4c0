using TalentWatch.Events;
using TalentWatch.Moves;
using TalentWatch.Vocabulary;

namespace TalentWatch.Tests.Events;

public class EventSentenceTests
{
    [Theory]
    [InlineData(MoveType.Join, "Ethan Knight", "Tesla", "xAI", "Ethan Knight left Tesla for xAI")]
    [InlineData(MoveType.Join, "Jan Leike", null, "Anthropic", "Jan Leike joined Anthropic")]
    [InlineData(MoveType.Leave, "Mira Murati", "OpenAI", null, "Mira Murati left OpenAI")]
    [InlineData(MoveType.Found, "Ilya Sutskever", null, "Safe Superintelligence", "Ilya Sutskever founded Safe Superintelligence")]
    [InlineData(MoveType.Poach, null, "Tesla", "OpenAI", "OpenAI is poaching Tesla's staff")]
    [InlineData(MoveType.Poach, null, "Reddings", "Meta", "Meta is poaching Reddings' staff")]
    [InlineData(MoveType.Retain, null, "Tesla", "OpenAI", "Tesla moved to keep its staff from OpenAI")]
    public void English_sentences_say_what_happened(MoveType type, string? person, string? from, string? to, string expected) =>
        Assert.Equal(expected, EventSentence.Describe(type, person, from, to));

    [Theory]
    [InlineData(MoveType.Join, "إيثان نايت", "تسلا", "إكس إيه آي", "إيثان نايت غادر تسلا وانضم إلى إكس إيه آي")]
    [InlineData(MoveType.Poach, null, "تسلا", "أوبن إيه آي", "أوبن إيه آي تستقطب موظفي تسلا")]
    [InlineData(MoveType.Retain, null, "غوغل", null, "غوغل تسعى للاحتفاظ بموظفيها")]
    public void Arabic_sentences_say_the_same(MoveType type, string? person, string? from, string? to, string expected) =>
        Assert.Equal(expected, EventSentence.DescribeArabic(type, person, from, to));
}
