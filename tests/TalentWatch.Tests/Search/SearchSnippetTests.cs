using TalentWatch.Search;

namespace TalentWatch.Tests.Search;

public class SearchSnippetTests
{
    private static string Marked(IReadOnlyList<SearchSnippet.Part> parts) =>
        string.Concat(parts.Select(p => p.Match ? $"[{p.Text}]" : p.Text));

    [Fact]
    public void Marks_whole_words_as_written_whatever_the_case()
    {
        var parts = SearchSnippet.Build("OpenAI hired Ilya's former team. The openai offer was large; OpenAIs is not a word.", "openai");

        Assert.Equal("[OpenAI] hired Ilya's former team. The [openai] offer was large; OpenAIs is not a word.", Marked(parts));
    }

    [Fact]
    public void Arabic_spelling_variants_and_diacritics_match_and_keep_the_original_letters()
    {
        var parts = SearchSnippet.Build("رفع إيلونُ ماسك رواتب المهندسين في تسلا.", "ايلون رواتب");

        Assert.Equal("رفع [إيلونُ] ماسك [رواتب] المهندسين في تسلا.", Marked(parts));
    }

    [Fact]
    public void A_long_text_is_cut_around_the_first_match_with_ellipses()
    {
        var before = string.Join(' ', Enumerable.Repeat("filler", 60));
        var after = string.Join(' ', Enumerable.Repeat("tail", 60));

        var parts = SearchSnippet.Build($"{before}\nAnthropic hired a researcher.\n{after}", "anthropic");

        Assert.Equal("…", parts[0].Text);
        Assert.Equal("…", parts[^1].Text);
        var text = string.Concat(parts.Select(p => p.Text));
        Assert.Contains("[Anthropic] hired a researcher.", Marked(parts), StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
        Assert.InRange(text.Length, 150, 2 * SearchSnippet.Context + 40);
        Assert.StartsWith("…filler", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_match_in_the_text_the_snippet_is_its_beginning()
    {
        var parts = SearchSnippet.Build("Short text about hiring.", "title-only");

        Assert.Equal([new SearchSnippet.Part("Short text about hiring.", false)], parts);
    }

    [Fact]
    public void Markup_in_the_text_stays_text_and_an_empty_text_gives_nothing()
    {
        var parts = SearchSnippet.Build("<script>alert(1)</script> Meta poached staff.", "meta");

        Assert.Equal("<script>alert(1)</script> [Meta] poached staff.", Marked(parts));
        Assert.Empty(SearchSnippet.Build("", "meta"));
    }
}
