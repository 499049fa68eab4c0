using AngleSharp.Html.Parser;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Pages;

/// <summary>Empty and degraded states explain what to do next.</summary>
[Collection(PagesGroup.Name)]
public class EmptyStateTests(PagesFixture fixture)
{
    [Fact]
    public async Task A_failing_source_shows_its_error_on_the_timeline()
    {
        var page = await fixture.GetDocumentAsync("/");

        var warning = page.QuerySelector(".notice.warning");
        Assert.NotNull(warning);
        Assert.Contains("Broken Feed", warning.TextContent, StringComparison.Ordinal);
        Assert.Contains("HTTP 503 <Service Unavailable>", warning.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_install_shows_the_scraper_status_instead_of_an_empty_timeline()
    {
        using var app = new TalentWatchApp();
        using var client = app.CreateClient();
        var html = await client.GetStringAsync("/");
        var page = await new HtmlParser().ParseDocumentAsync(html);

        Assert.Equal("No articles yet", page.QuerySelector(".notice h2")?.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll(".notice table tbody tr"));
        Assert.Empty(page.QuerySelectorAll("[data-kind]"));
    }

    [Fact]
    public async Task Filters_that_match_nothing_say_so_and_bad_values_are_reported()
    {
        var page = await fixture.GetDocumentAsync("/?company=zz-acme&type=promote&since=2030-01-01&cursor=not-a-cursor");

        Assert.Empty(PagesFixture.Items(page));
        Assert.NotNull(page.QuerySelector("p.empty a[href='/']"));
        Assert.Equal(2, page.QuerySelectorAll("p.problem").Length);
    }

    [Fact]
    public async Task Type_language_and_dates_combine()
    {
        var joins = await fixture.GetDocumentAsync("/?type=join");
        var arabicOnMarch9 = await fixture.GetDocumentAsync("/?lang=ar&since=2025-03-09&until=2025-03-09");

        // An article counts for a move type when it reports a move of that type.
        Assert.Equal(
            [fixture.EventItem("jane-joins-acme"), fixture.ArticleItem("arabic"), fixture.EventItem("pager-in-1"), fixture.ArticleItem("pager2"), fixture.ArticleItem("pager7"), fixture.EventItem("pager-in-2")],
            PagesFixture.Items(joins));
        Assert.Equal([fixture.ArticleItem("arabic")], PagesFixture.Items(arabicOnMarch9));
    }
}
