using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Browser;

/// <summary>The timeline in a real browser over the scraped dev corpus: filters, and paging to the oldest item.</summary>
[Collection(BrowserTests.Name)]
public class TimelineBrowserTests(BrowserSession session)
{
    /// <summary>Every item the timeline shows for <paramref name="path"/>, following "Older" to the end.</summary>
    private async Task<List<string>> ItemsAcrossPagesAsync(string path)
    {
        var page = await session.OpenAsync(path);
        var items = new List<string>();
        for (var pages = 0; pages < 100; pages++)
        {
            items.AddRange(await page.Locator("article.item").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.kind + ':' + e.dataset.id)"));
            var older = page.Locator("a[rel=next]");
            if (await older.CountAsync() == 0)
            {
                break;
            }
            // Following the link's address rather than clicking: a click's navigation has to be caught by a load-state
            // wait, which under load raced the document's events and timed out in CI (twice, with the page loaded).
            // GotoAsync waits for exactly the navigation it starts.
            var next = new Uri(new Uri(page.Url), await older.GetAttributeAsync("href"));
            var response = await page.GotoAsync(next.ToString());
            Assert.Equal(200, response?.Status);
        }
        await page.Context.CloseAsync();
        return items;
    }

    /// <summary>
    /// What the timeline must show for these companies: their events that a relevant article reports with the default
    /// confidence and that are not background, and relevant articles naming them.
    /// </summary>
    private Task<List<string>> ExpectedAsync(params string[] companies) => session.App.QueryAsync(async db =>
    {
        var events = await db.Events
            .Where(e => !e.Background && e.Moves.Any(m => m.Article!.Relevant && m.Confidence >= 0.5))
            .Where(e => (e.From != null && companies.Contains(e.From.Slug)) || (e.To != null && companies.Contains(e.To.Slug)))
            .Select(e => "event:" + e.Id).ToListAsync();
        var articles = await db.Articles
            .Where(a => a.Relevant && a.Entities.Any(m => companies.Contains(m.Entity!.Slug)))
            .Select(a => "article:" + a.Id).ToListAsync();
        return events.Concat(articles).ToList();
    });

    [Fact]
    public async Task Filtered_by_one_company_the_timeline_shows_exactly_its_items()
    {
        var expected = await ExpectedAsync("meta");

        var shown = await ItemsAcrossPagesAsync("/?company=meta&limit=5");

        Assert.NotEmpty(expected);
        Assert.Equal(shown.Count, shown.Distinct().Count());
        Assert.Equal(expected.Order(), shown.Order());
    }

    [Fact]
    public async Task Filtered_by_two_companies_the_timeline_shows_the_items_of_either()
    {
        var expected = await ExpectedAsync("meta", "tesla");
        var metaOnly = await ExpectedAsync("meta");

        // Ticked in the filter form, as a user would.
        var page = await session.OpenAsync("/");
        await page.Locator("input[name=company][value=meta]").CheckAsync();
        await page.Locator("input[name=company][value=tesla]").CheckAsync();
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await BrowserSession.ArrivedAsync(page, url => url.Contains("company=meta", StringComparison.Ordinal) && url.Contains("company=tesla", StringComparison.Ordinal));
        var query = new Uri(page.Url).Query;
        await page.Context.CloseAsync();
        var shown = await ItemsAcrossPagesAsync("/" + query + "&limit=7");

        Assert.True(expected.Count > metaOnly.Count, "Tesla adds items of its own");
        Assert.Equal(expected.Order(), shown.Order());
    }

    [Fact]
    public async Task Paging_reaches_the_oldest_item()
    {
        var oldest = await session.App.QueryAsync(db => db.Articles.OrderBy(a => a.SortAt).ThenBy(a => a.Id).Select(a => "article:" + a.Id).FirstAsync());
        var total = await session.App.QueryAsync(db => db.Articles.CountAsync());

        var shown = await ItemsAcrossPagesAsync("/?relevant=all&limit=4");

        Assert.Equal(oldest, shown.Where(s => s.StartsWith("article:", StringComparison.Ordinal)).Last());
        Assert.Equal(total, shown.Count(s => s.StartsWith("article:", StringComparison.Ordinal)));
    }
}
