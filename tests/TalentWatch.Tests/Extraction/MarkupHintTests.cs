using TalentWatch.Extraction;

namespace TalentWatch.Tests.Extraction;

/// <summary>
/// Names and markup on real pages that only look like chrome (layout grids named for their sidebar, script hooks, ids
/// on subheadings, a header a broken page never closed) and chrome that looks like prose (reference lists, ruby).
/// </summary>
public sealed class MarkupHintTests
{
    private static readonly Uri Url = new("https://news.example.org/2024/05/story/");

    private const string Sidebar =
        "<div class='c-sticky-sidebar'><h3>Most read</h3><ul><li><a href='/a'>An older post about robots and their makers</a></li>" +
        "<li><a href='/b'>Another older post about chips</a></li><li><a href='/c'>A third post about the cloud</a></li></ul>" +
        "<p>Sign up for the morning briefing and get the week's stories in one e-mail every Friday, free of charge.</p></div>";

    private static string Page(string main) =>
        $"<html lang='en'><head><title>Head of language models leaves</title></head><body><nav><a href='/'>Home</a></nav>{main}<footer>© The News</footer></body></html>";

    [Theory]
    [InlineData("o-row c-fixed-sidebar-layout--140--left@lg")]
    [InlineData("js-readmore js_copypaste")]
    [InlineData("node node--promoted node--sticky")]
    public void Layout_script_hook_and_state_names_do_not_remove_the_story(string classes) =>
        TestPages.AssertStoryKept(ArticleExtractor.Extract(Page($"<div class='{classes}'><div class='article-text'>{TestPages.Story}</div>{Sidebar}</div>"), Url));

    [Theory]
    [InlineData("entry-meta")]
    [InlineData("postmetadata alt")]
    public void A_blog_post_meta_box_goes_even_when_its_line_is_long(string classes)
    {
        const string Meta = "Filed in Research, Careers, Language models and Europe by the newsroom staff with four comments so far";
        var article = ArticleExtractor.Extract(Page($"<article class='post'>{TestPages.Story}<div class='{classes}'>{Meta}</div></article>{Sidebar}"), Url);

        TestPages.AssertStoryKept(article);
        Assert.DoesNotContain("Filed in Research", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("author-info")]
    [InlineData("about-the-author clearfix")]
    public void An_author_bio_under_the_post_goes(string classes)
    {
        const string Bio = "Jane Roe has covered research labs for ten years and writes about the people who build language models.";
        var article = ArticleExtractor.Extract(Page($"<article class='post'>{TestPages.Story}<div class='{classes}'><p>{Bio}</p></div></article>{Sidebar}"), Url);

        TestPages.AssertStoryKept(article);
        Assert.DoesNotContain("Jane Roe", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_element_the_page_names_main_is_kept_whatever_its_layout_classes_say() =>
        TestPages.AssertStoryKept(ArticleExtractor.Extract(Page($"<div id='main' class='one-sidebar'>{TestPages.Story}</div>{Sidebar}"), Url));

    [Fact]
    public void A_box_of_prose_holding_half_the_page_is_kept_under_a_chrome_name()
    {
        var article = ArticleExtractor.Extract(Page($"<div class='tab-menu'>{TestPages.Story}</div>{Sidebar}"), Url);

        TestPages.AssertStoryKept(article);
    }

    [Fact]
    public void A_subheading_with_a_navigation_anchor_id_is_kept()
    {
        var story = TestPages.Story.Replace("<p>Colleagues", "<h3 id='nav_the_departure__1' class='subheading'>Why she left now</h3><p>Colleagues", StringComparison.Ordinal);

        var article = ArticleExtractor.Extract(Page($"<article>{story}</article>"), Url);

        Assert.Contains("Why she left now", article.Paragraphs);
    }

    [Theory]
    [InlineData("dig-vorspann")]
    [InlineData("ce_articleIntro")]
    [InlineData("field field-perex")]
    [InlineData("texto-bajada")]
    public void A_standfirst_named_in_other_languages_is_kept(string classes)
    {
        var page = $"<h1>Head of language models leaves</h1><div class='{classes}'>A second senior departure in a year leaves the group without its two founders.</div>" +
            $"<div class='body'>{TestPages.Story}</div>";

        var article = ArticleExtractor.Extract(Page(page), Url);

        Assert.StartsWith("A second senior departure in a year", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_the_page_never_closed_is_read_as_the_story()
    {
        // The page's header wraps everything after it: without this the page had no text at all.
        var html = $"<html><head><title>Head of language models leaves</title></head><body><header id='branding'><a href='/'>The News</a>{TestPages.Story}</body></html>";

        TestPages.AssertStoryKept(ArticleExtractor.Extract(html, Url));
    }

    [Fact]
    public void A_noscript_the_page_never_closed_is_read_as_the_story()
    {
        var html = $"<html><head><title>Head of language models leaves</title></head><body><noscript><div id='no-js'></noscript><div id='page'>{TestPages.Story}</div><noscript></div></noscript></body></html>";

        TestPages.AssertStoryKept(ArticleExtractor.Extract(html, Url));
    }

    [Fact]
    public void An_article_header_keeps_its_standfirst_but_the_site_header_goes()
    {
        var page = "<header class='site-header'><a href='/'>The News</a> <a href='/tech'>Technology</a> <a href='/ai'>AI</a></header>" +
            "<header class='article-header'><h1>Head of language models leaves</h1><p class='dek'>A second senior departure in a year leaves the group without its two founders.</p></header>" +
            $"<div class='article-body'>{TestPages.Story}</div>";

        var article = ArticleExtractor.Extract(Page(page), Url);

        Assert.Contains("A second senior departure in a year", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Technology", article.Text, StringComparison.Ordinal);
        TestPages.AssertStoryKept(article);
    }

    [Fact]
    public void A_reference_list_full_of_commas_is_not_the_story()
    {
        var references = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<li>Author A, Author B, Author C, Author D, Author E. A study of models, number {i}. Journal of Things, 2019, 12, 3-9.</li>"));
        var page = $"<article><div class='abstract'>{TestPages.Story}</div><ol class='c-article-references'>{references}</ol></article>";

        var article = ArticleExtractor.Extract(Page(page), Url);

        TestPages.AssertStoryKept(article);
        Assert.DoesNotContain("Journal of Things", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ruby_readings_over_japanese_words_are_left_out()
    {
        const string japanese = "<p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rp>(</rp><rt>ぎゃくたい</rt><rp>)</rp></ruby>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができて、親が子どもを教育するために、たたいたり蹴ったりする体罰を禁止することになりました。</p>";

        var article = ArticleExtractor.Extract(Page($"<article>{japanese}{japanese}</article>"), Url);

        Assert.StartsWith("子どもへの虐待をなくすための法律ができて", article.Paragraphs[0], StringComparison.Ordinal);
    }
}
