using AngleSharp.Html.Parser;
using TalentWatch.Web.Tests.Admin;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Pages;

/// <summary>Empty and degraded states explain what to do next.</summary>
[Collection(PagesGroup.Name)]
public class EmptyStateTests(PagesFixture fixture)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task A_failing_source_is_a_short_note_for_the_administrator_and_nothing_for_readers()
    {
        var anonymous = await fixture.GetDocumentAsync("/");
        using var admin = new AdminSession(fixture.App);
        await admin.SignInAsync();
        var signedIn = await Parser.ParseDocumentAsync(await admin.Client.GetStringAsync(new Uri("/", UriKind.Relative)));

        Assert.Null(anonymous.QuerySelector(".notice"));
        Assert.DoesNotContain("Broken Feed", anonymous.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(anonymous.QuerySelector("header nav a[href='/admin']"));
        var note = signedIn.QuerySelector("p.notice.warning");
        Assert.NotNull(note);
        Assert.Equal("Sources failing: 1. See the sources", string.Join(' ', note.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.NotNull(note.QuerySelector("a[href='/admin/sources']"));
        Assert.Null(signedIn.QuerySelector(".notice table"));
        Assert.NotNull(signedIn.QuerySelector("header nav a[href='/admin']"));
    }

    [Fact]
    public async Task A_new_install_tells_readers_what_will_fill_it_and_the_administrator_how_the_sources_are_doing()
    {
        using var app = new TalentWatchApp();
        using var client = app.CreateClient();
        var page = await Parser.ParseDocumentAsync(await client.GetStringAsync(new Uri("/", UriKind.Relative)));
        using var admin = new AdminSession(app);
        await admin.SignInAsync();
        var signedIn = await Parser.ParseDocumentAsync(await admin.Client.GetStringAsync(new Uri("/", UriKind.Relative)));

        Assert.Equal("Nothing collected yet", page.QuerySelector(".notice h2")?.TextContent);
        Assert.NotNull(page.QuerySelector(".notice a[href='/admin/sources']"));
        Assert.Empty(page.QuerySelectorAll(".notice table"));
        Assert.Empty(page.QuerySelectorAll("[data-kind]"));
        Assert.Equal("No articles yet", signedIn.QuerySelector(".notice h2")?.TextContent);
        Assert.NotEmpty(signedIn.QuerySelectorAll(".notice table tbody tr"));
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
