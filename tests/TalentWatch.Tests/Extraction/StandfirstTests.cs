using TalentWatch.Extraction;

namespace TalentWatch.Tests.Extraction;

/// <summary>Standfirsts printed outside the story's container, which the container rules alone lose.</summary>
public sealed class StandfirstTests
{
    private static readonly Uri Url = new("https://news.example.org/2024/05/lab-head-leaves/");

    private const string Description = "The head of language models leaves the research group for a rival laboratory in Paris.";

    private const string Chrome =
        "<nav><a href='/'>Home</a> <a href='/about'>About</a> <a href='/archive'>Archive</a></nav>" +
        "<div class='sidebar'><h3>Recent posts</h3><ul><li><a href='/a'>An older post about robots</a></li><li><a href='/b'>Another older post</a></li></ul></div>";

    private static string Page(string body, string description = Description) =>
        "<html lang='en'><head><title>Head of language models leaves</title>" +
        $"<meta name='description' content='{description}'></head><body>{Chrome}{body}<footer>© The Paper</footer></body></html>";

    [Fact]
    public void The_meta_description_shown_in_the_page_header_is_kept_as_the_first_paragraph()
    {
        // The page's own header is chrome and goes; the description printed in it is the story's standfirst.
        var page = Page($"<header class='top'><h1>Head of language models leaves</h1><p class='sub'>{Description}</p></header>" +
            $"<div class='story'>{TestPages.Story}</div>");

        var article = ArticleExtractor.Extract(page, Url);

        TestPages.AssertStoryKept(article);
        Assert.Equal(Description, article.Paragraphs[0]);
    }

    [Fact]
    public void A_description_printed_as_a_list_of_points_is_kept()
    {
        // The list's items run together in the element's text ("Paris.Two engineers"), the description has spaces.
        var points = "<ul><li>The head of language models leaves for a rival laboratory in Paris.</li><li>Two engineers follow her.</li></ul>";
        var page = Page($"<header class='top'><h1>Head of language models leaves</h1>{points}</header><div class='story'>{TestPages.Story}</div>",
            "The head of language models leaves for a rival laboratory in Paris. Two engineers follow her.");

        var article = ArticleExtractor.Extract(page, Url);

        TestPages.AssertStoryKept(article);
        Assert.Contains("Two engineers follow her.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_standfirst_whose_description_the_site_cut_short_is_kept_whole()
    {
        var standfirst = Description + " Her deputy takes over.";
        var page = Page($"<header class='top'><h1>Head of language models leaves</h1><p class='sub'>{standfirst}</p></header>" +
            $"<div class='story'>{TestPages.Story}</div>", standfirst[..80] + "…");

        var article = ArticleExtractor.Extract(page, Url);

        TestPages.AssertStoryKept(article);
        Assert.Equal(standfirst, article.Paragraphs[0]);
    }

    [Theory]
    [InlineData("<h2>The lab loses its head of language models to a rival in Paris, and two engineers follow her</h2>", true)]
    [InlineData("<h2>Research and labs</h2>", false)]
    public void A_sentence_length_heading_right_under_the_headline_is_the_standfirst(string heading, bool kept)
    {
        var page = Page($"<article><h1>Head of language models leaves</h1>{heading}<ul class='info'><li>By A. Writer</li></ul>" +
            $"<div class='story'>{TestPages.Story}</div></article>", "A description the page does not show anywhere at all, for this test.");

        var article = ArticleExtractor.Extract(page, Url);

        TestPages.AssertStoryKept(article);
        Assert.Equal(kept, article.Paragraphs[0].StartsWith("The lab loses its head", StringComparison.Ordinal));
        Assert.DoesNotContain("Research and labs", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_meta_description_shown_below_the_story_is_not_added()
    {
        // A share box repeating the description after the story is not a standfirst.
        var page = Page($"<div class='story'><h1>Head of language models leaves</h1>{TestPages.Story}</div>" +
            $"<div class='share-box'><p>{Description}</p><a href='/share'>Share</a></div>");

        var article = ArticleExtractor.Extract(page, Url);

        TestPages.AssertStoryKept(article);
        Assert.DoesNotContain("leaves the research group", article.Text, StringComparison.Ordinal);
    }
}
