using AngleSharp.Html.Parser;

namespace TalentWatch.Web.Tests.Pages;

[Collection(PagesGroup.Name)]
public class ArticlePageTests(PagesFixture fixture)
{
    [Fact]
    public async Task An_arabic_article_renders_right_to_left_with_linked_mentions_and_marked_evidence()
    {
        var page = await fixture.GetDocumentAsync($"/articles/{fixture.Articles["arabic"]}");

        var text = page.QuerySelector("section.article-text");
        Assert.NotNull(text);
        Assert.Equal("rtl", text.GetAttribute("dir"));
        Assert.Equal("ar", text.GetAttribute("lang"));
        Assert.Equal("rtl", page.QuerySelector("h1")?.GetAttribute("dir"));
        Assert.Equal(2, text.QuerySelectorAll("p").Length);
        var links = text.QuerySelectorAll("a.mention").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Contains(("/companies/zz-acme", "أكمي"), links);
        Assert.Contains(("/people/zz-omar", "عمر حداد"), links);
        Assert.Contains(("/people/zz-omar", "حداد"), links);
        Assert.Equal("أعلنت شركة أكمي انضمام عمر حداد.", string.Concat(text.QuerySelectorAll("mark.evidence").Select(m => m.TextContent)));
        Assert.Equal("http://127.0.0.1/arabic", page.QuerySelector("a[rel~=noopener]")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("header time[datetime^='2025-03-09']"));
    }

    [Fact]
    public async Task Scraped_markup_is_shown_as_text_never_run()
    {
        var html = await fixture.Client.GetStringAsync($"/articles/{fixture.Articles["script"]}");
        var timeline = await fixture.Client.GetStringAsync("/?company=zz-initech");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", timeline, StringComparison.Ordinal);
        var page = await new HtmlParser().ParseDocumentAsync(html);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll(".article-text b"));
        Assert.StartsWith("<script>alert('title')</script>", page.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Before <script>alert('text')</script> after <b>bold</b>.", page.QuerySelector(".article-text p")?.TextContent);
    }
}
