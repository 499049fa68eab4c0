using TalentWatch.Extraction;

namespace TalentWatch.Tests.Extraction;

/// <summary>
/// Pages whose markup misleads the main-text rules (taxonomy and state class names, page-builder wrappers, text only
/// in metadata): the story is still found, and a page with text never gives an article without any.
/// </summary>
public sealed class FallbackTests
{
    private static readonly Uri Url = new("https://blog.example.org/2024/05/story/");

    private const string Chrome =
        "<nav><a href='/'>Home</a> <a href='/about'>About</a> <a href='/archive'>Archive</a></nav>" +
        "<div class='sidebar'><h3>Recent posts</h3><ul><li><a href='/a'>An older post about robots</a></li><li><a href='/b'>Another older post</a></li></ul></div>";

    private static string Page(string main, string head = "") =>
        $"<html lang='en'><head><title>Head of language models leaves</title>{head}</head><body>{Chrome}{main}<footer>© The Blog</footer></body></html>";

    [Theory]
    [InlineData("post type-post status-publish hentry tag-comments tag-advertising category-newsletter")]
    [InlineData("post-1234 post hentry category-sidebar-stories")]
    public void Taxonomy_classes_on_a_posts_own_element_do_not_remove_it(string classes) =>
        TestPages.AssertStoryKept(ArticleExtractor.Extract(Page($"<article class='{classes}'><h1>Head of language models leaves</h1>{TestPages.Story}</article>"), Url));

    [Theory]
    [InlineData("o-section o-section--has-ads")]
    [InlineData("story-wrapper has-sidebar")]
    [InlineData("article-body isPaywall")]
    public void State_class_names_do_not_remove_the_story(string classes) =>
        TestPages.AssertStoryKept(ArticleExtractor.Extract(Page($"<div class='{classes}'>{TestPages.Story}</div>"), Url));

    [Fact]
    public void Stories_appended_below_for_endless_scrolling_are_left_out()
    {
        var next = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<p>Paragraph {i} of another story about a robotics start-up that raised money this week from three investors in Berlin and Paris.</p>"));
        var page = Page("<article class='post'>" +
            $"<article id='article-0'><h1>Head of language models leaves</h1>{TestPages.Story}</article>" +
            $"<article id='article-1'><h1>Robotics start-up raises money</h1>{next}</article>" +
            "<article class='teaser'><h2>Short teaser</h2><p>A teaser.</p></article></article>");

        var article = ArticleExtractor.Extract(page, Url);

        TestPages.AssertStoryKept(article);
        Assert.DoesNotContain("robotics start-up", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_largest_block_fallback_never_takes_a_hidden_element()
    {
        // The story sits where even the relaxed rules remove it (an aside); a hidden embed placeholder holds a longer
        // base64 blob, as consent tools park them.
        var blob = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div class='embed-placeholder'>instagram</div>", 80))));
        var story = "The head of the language model team has left the lab for a rival after six years, the company confirmed on Monday, " +
            "and two senior engineers are expected to follow her in the coming weeks, according to people familiar with the plans.";

        var article = ArticleExtractor.Extract(Page($"<aside><p>{story}</p></aside><div class='service-placeholder' style='display: none;'>{blob}</div>"), Url);

        Assert.Contains("has left the lab for a rival", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(blob[..40], article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_builder_widgets_that_wrap_each_paragraph_are_kept()
    {
        var widgets = string.Concat(TestPages.Story.Split("</p>", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => $"<div class='elementor-widget elementor-widget-text-editor'><div class='elementor-widget-container'>{p}</p></div></div>"));

        TestPages.AssertStoryKept(ArticleExtractor.Extract(Page($"<div class='elementor-section'>{widgets}</div>"), Url));
    }

    [Fact]
    public void A_story_built_of_sibling_cms_modules_is_read_whole()
    {
        // One module of prose with many commas, the others a list of findings and more prose: every module is the story.
        const string modules =
            "<div class='page'><div class='module text'><p>The lab, which was founded in 2019, tested eleven models, from small ones to large ones, over six weeks, in three countries, with two teams.</p></div>" +
            "<div class='module list'><ul><li>Eleven models are recommended for research teams that work with sensitive data.</li><li>Two models failed the safety review because they leaked training examples.</li></ul></div>" +
            "<div class='module text2'><p>The full results, the lab said, will be published next month together with the test data and the scoring rules.</p></div></div>";

        var article = ArticleExtractor.Extract(Page(modules), Url);

        Assert.Contains("tested eleven models", article.Text, StringComparison.Ordinal);
        Assert.Contains("Two models failed the safety review", article.Text, StringComparison.Ordinal);
        Assert.Contains("will be published next month", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("An older post about robots", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_standfirst_between_headline_and_body_container_is_kept()
    {
        var page = "<div class='head'><h1>Head of language models leaves</h1><p class='article-lead'>A second senior departure in a year leaves the group without its two founders.</p></div>" +
            $"<div class='body'>{TestPages.Story}</div>";

        var article = ArticleExtractor.Extract(Page(page), Url);

        Assert.StartsWith("A second senior departure in a year", article.Paragraphs[0], StringComparison.Ordinal);
        TestPages.AssertStoryKept(article);
    }

    [Fact]
    public void Modules_nested_deep_below_their_column_are_read_whole()
    {
        // The column that holds both modules is further above their paragraphs than any paragraph's score reaches.
        static string Deep(string inner) => $"<div class='module entry-content'><div><div><div><div>{inner}</div></div></div></div></div>";
        var column = $"<div class='column'>{string.Concat(TestPages.Story.Split("</p>", StringSplitOptions.RemoveEmptyEntries).Select(p => Deep(p + "</p>")))}</div>";

        TestPages.AssertStoryKept(ArticleExtractor.Extract(Page(column), Url));
    }

    [Fact]
    public void A_story_whose_cms_wraps_it_in_an_aside_and_a_section_header_is_found()
    {
        var page = $"<main><aside class='direct-content'><section><header><h1>Head of language models leaves</h1><div class='detail'>{TestPages.Story}</div></header></section></aside></main>";

        TestPages.AssertStoryKept(ArticleExtractor.Extract(Page(page), Url));
    }

    [Fact]
    public void A_short_link_widget_is_still_chrome()
    {
        var article = ArticleExtractor.Extract(Page($"<main>{TestPages.Story}<div class='widget'><a href='/x'>Follow us on the network</a></div></main>"), Url);

        Assert.DoesNotContain("Follow us", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_marked_up_entirely_as_chrome_is_found_by_the_relaxed_retry()
    {
        // A forum or comment-system page: the opening post carries the name the rules take for reader comments.
        var article = ArticleExtractor.Extract(Page($"<div class='comment-thread'><div class='comment first-post'>{TestPages.Story}</div></div>"), Url);

        Assert.Contains(article.Paragraphs, p => p.StartsWith("The research group announced on Monday", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_only_in_the_json_ld_article_body_is_used_when_the_markup_has_none()
    {
        const string jsonLd = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Head of language models leaves\"," +
            "\"articleBody\":\"The research group announced on Monday that its head of language models is leaving after six years.\\nThe laboratory did not comment on the salary it offered, but people familiar with the talks described it as the highest it has paid to a researcher, and two more engineers are said to be in talks.\"}</script>";

        var article = ArticleExtractor.Extract(Page("<div id='app'></div>", jsonLd), Url);

        Assert.Equal(2, article.Paragraphs.Count);
        TestPages.AssertStoryKept(article);
    }

    [Fact]
    public void Soft_hyphens_are_removed_from_words() =>
        Assert.Contains("Italiens", ArticleExtractor.Extract(Page("<article><p>Die Weine Ita\u00ADli\u00ADens sind bekannt, und die Forscher des Labors haben ihre Arbeit am Montag in Rom vorgestellt.</p></article>"), Url).Text, StringComparison.Ordinal);
}
