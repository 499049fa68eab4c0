using System.Text;
using TalentWatch.Extraction;

namespace TalentWatch.Tests.Extraction;

public sealed class SafetyTests
{
    private static readonly Uri Url = new("https://example.com/hostile");

    [Theory]
    [InlineData("div")]
    [InlineData("span")]
    [InlineData("b")]
    [InlineData("blockquote")]
    public void Page_nested_50000_deep_is_refused_quickly(string tag)
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 50_000; i++)
        {
            html.Append('<').Append(tag).Append('>');
        }

        html.Append("deep text</body></html>");

        var refused = Assert.Throws<HtmlTooComplexException>(() => ArticleExtractor.Extract(html.ToString(), Url));

        // Refused by the cheap pre-scan, before AngleSharp's quadratic tree building starts (not by the parse deadline).
        Assert.Contains("nests elements more than", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_unclosed_paragraphs_and_list_items_are_not_mistaken_for_depth()
    {
        var html = new StringBuilder("<html><body><article><ul>");
        for (var i = 0; i < 5_000; i++)
        {
            html.Append("<li>item ").Append(i).Append("<p>A paragraph that the parser closes implicitly, like many old pages do.");
        }

        html.Append("</ul></article></body></html>");

        var a = ArticleExtractor.Extract(html.ToString(), Url);

        Assert.NotEmpty(a.Paragraphs);
    }

    [Fact]
    public void Moderately_deep_real_world_nesting_is_parsed()
    {
        var open = string.Concat(Enumerable.Repeat("<div class=\"wrap\">", 300));
        var close = string.Concat(Enumerable.Repeat("</div>", 300));
        var html = $"<html><body>{open}<article><h1>Deep</h1><p>The body of a page built by a very nested page builder, with commas, clauses, and detail.</p></article>{close}</body></html>";

        var a = ArticleExtractor.Extract(html, Url);

        Assert.Contains("The body of a page built by a very nested page builder, with commas, clauses, and detail.", a.Paragraphs);
    }

    [Fact]
    public void Stray_end_tags_under_deep_nesting_are_scanned_quickly()
    {
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<section>", 400);
        html.Insert(html.Length, "</x>", 600_000);
        html.Append("<p>Text after a lot of junk, with enough words to count as a paragraph.</p></body></html>");

        // No clock here (speed is the benchmark's job): a quadratic scan of 600,000 end tags would take minutes and
        // stand out in the test run, while the assertion checks the text behind the junk is still found.
        var a = ArticleExtractor.Extract(html.ToString(), Url);

        Assert.Contains("Text after a lot of junk, with enough words to count as a paragraph.", a.Paragraphs);
    }

    [Fact]
    public void Page_over_the_size_cap_is_refused()
    {
        var html = "<html><body><p>" + new string('a', HtmlDocumentParser.MaxHtmlChars) + "</p></body></html>";

        Assert.Throws<HtmlTooComplexException>(() => ArticleExtractor.Extract(html, Url));
    }

    [Fact]
    public void Deep_json_ld_does_not_throw()
    {
        var json = string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000);
        var html = $"<html><head><script type=\"application/ld+json\">{json}</script><title>T</title></head><body><p>Text.</p></body></html>";

        var a = ArticleExtractor.Extract(html, Url);

        Assert.Equal("T", a.Title);
    }

    [Fact]
    public void Empty_and_bodyless_pages_give_an_empty_article()
    {
        var a = ArticleExtractor.Extract(string.Empty, Url, new FeedHints(Title: "From feed", Language: "ar"));

        Assert.Equal("From feed", a.Title);
        Assert.Empty(a.Paragraphs);
        Assert.Equal("ar", a.Language);
    }
}
