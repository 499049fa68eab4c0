using TalentWatch.Relevance;

namespace TalentWatch.Tests.Relevance;

public class TermCounterTests
{
    private static readonly TermCounter Counter = new(["artificial intelligence", "talent", "الذكاء الاصطناعي", "مواهب", "AI"]);

    [Fact]
    public void Counts_multi_word_terms_on_word_boundaries_ignoring_case()
    {
        var counts = Counter.Count("Artificial Intelligence talent; artificial   intelligence. Talented people, AI and xAI.");
        Assert.Equal(2, counts["artificial intelligence"]);
        Assert.Equal(1, counts["talent"]);
        Assert.Equal(1, counts["ai"]);
    }

    [Fact]
    public void Arabic_terms_match_with_proclitics_diacritics_and_alef_variants()
    {
        var counts = Counter.Count("شركات الذّكاء الاصطناعي وللذكاء الاصطناعي ولمواهب المواهب");
        Assert.Equal(2, counts["الذكاء الاصطناعي"]);
        Assert.Equal(1, counts["مواهب"]);
    }

    [Fact]
    public void Words_that_only_contain_a_term_do_not_count()
    {
        var counts = Counter.Count("Talented, intelligence, artificial flowers; تمواهب");
        Assert.Empty(counts);
    }
}
