using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Browser;

/// <summary>Person, company, article and search pages in a real browser, over the scraped dev corpus.</summary>
[Collection(BrowserTests.Name)]
public class PagesBrowserTests(BrowserSession session)
{
    /// <summary>The seed article: Musk raising pay for Tesla's AI engineers as OpenAI poaches them.</summary>
    private Task<long> SeedArticleIdAsync() =>
        session.App.QueryAsync(db => db.Articles.Where(a => a.Title.Contains("ماسك يرفع رواتب مهندسي تسلا")).Select(a => a.Id).SingleAsync());

    [Fact]
    public async Task The_company_page_of_tesla_shows_the_seed_moves()
    {
        var page = await session.OpenAsync("/companies/tesla");
        var text = await page.Locator("main").InnerTextAsync();
        await page.Context.CloseAsync();

        Assert.Contains("OpenAI is poaching Tesla's staff", text, StringComparison.Ordinal);
        Assert.Contains("Tesla moved to keep its staff from OpenAI", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_person_page_of_ethan_knight_shows_his_move_to_xai()
    {
        var page = await session.OpenAsync("/people/ethan-knight");
        var heading = await page.Locator("h1").InnerTextAsync();
        var career = await page.Locator("ol.career").InnerTextAsync();
        await page.Context.CloseAsync();

        Assert.Equal("Ethan Knight", heading.Trim());
        Assert.Contains("Ethan Knight", career, StringComparison.Ordinal);
        Assert.Contains("xAI", career, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_arabic_article_page_reads_right_to_left()
    {
        var id = await SeedArticleIdAsync();
        var page = await session.OpenAsync($"/articles/{id}");
        var body = page.Locator("section.article-text");
        var direction = await body.EvaluateAsync<string>("el => getComputedStyle(el).direction");
        var headingDirection = await page.Locator("h1").EvaluateAsync<string>("el => getComputedStyle(el).direction");
        var text = await body.InnerTextAsync();
        var linked = await body.Locator("a[href='/people/elon-musk']").CountAsync();
        await page.Context.CloseAsync();

        Assert.Equal("rtl", direction);
        Assert.Equal("rtl", headingDirection);
        Assert.Contains("إيلون ماسك", text, StringComparison.Ordinal);
        Assert.True(linked > 0, "mentions of Elon Musk are linked to his page");
    }

    [Fact]
    public async Task Search_finds_an_arabic_article_from_a_query_with_another_alef()
    {
        var id = await SeedArticleIdAsync();
        var page = await session.OpenAsync("/search");
        // The article writes إيلون (alef with hamza below); the reader types a bare alef.
        await page.Locator("main input[name=q]").FillAsync("ايلون ماسك رواتب");
        await page.Locator("main input[name=q]").PressAsync("Enter");
        await BrowserSession.ArrivedAsync(page, url => url.Contains("q=", StringComparison.Ordinal));
        var hrefs = await page.Locator("ol.results a[href^='/articles/']").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        await page.Context.CloseAsync();

        Assert.Contains($"/articles/{id}", hrefs);
    }

    [Theory]
    [InlineData("en", "ltr")]
    [InlineData("ar", "rtl")]
    public async Task Screenshots_of_the_main_pages_in_both_interface_languages(string culture, string direction)
    {
        var id = await SeedArticleIdAsync();
        var pages = new (string Name, string Path)[]
        {
            ("timeline", "/"), ("company-tesla", "/companies/tesla"), ("person-elon-musk", "/people/elon-musk"), ("article-ar-seed", $"/articles/{id}"),
        };
        foreach (var (name, path) in pages)
        {
            var page = await session.OpenAsync($"{path}?culture={culture}", culture);
            Assert.Equal(direction, await page.Locator("html").GetAttributeAsync("dir"));
            var file = Path.Combine(BrowserSession.ScreenshotFolder, $"{name}-{culture}.png");
            await page.ScreenshotAsync(new() { Path = file, FullPage = true });
            await page.Context.CloseAsync();
            Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty");
        }
    }
}
