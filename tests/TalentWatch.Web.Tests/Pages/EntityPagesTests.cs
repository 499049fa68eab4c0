namespace TalentWatch.Web.Tests.Pages;

[Collection(PagesGroup.Name)]
public class EntityPagesTests(PagesFixture fixture)
{
    [Fact]
    public async Task A_company_page_shows_talent_in_and_out_with_counterparts()
    {
        var acme = await fixture.GetDocumentAsync("/companies/zz-acme");
        var globex = await fixture.GetDocumentAsync("/companies/zz-globex");

        Assert.Equal("Acme Minds", acme.QuerySelector("h1")?.TextContent.Trim());
        var arrival = Assert.Single(acme.QuerySelectorAll(".moves-in [data-event]"));
        Assert.Equal(fixture.Events["jane-joins-acme"].ToString(System.Globalization.CultureInfo.InvariantCulture), arrival.GetAttribute("data-event"));
        Assert.Contains(arrival.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/people/zz-jane-roe");
        Assert.Contains(arrival.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/companies/zz-globex");
        Assert.Empty(acme.QuerySelectorAll(".moves-out [data-event]"));
        Assert.Contains(acme.QuerySelectorAll(".chip-person"), a => a.GetAttribute("href") == "/people/zz-jane-roe");
        Assert.Contains(fixture.EventItem("jane-joins-acme"), PagesFixture.Items(acme));

        var departure = Assert.Single(globex.QuerySelectorAll(".moves-out [data-event]"));
        Assert.Contains(departure.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/companies/zz-acme");
        Assert.Equal("1", globex.QuerySelector(".counterparts td")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_person_page_shows_their_moves_and_the_articles_naming_them()
    {
        var jane = await fixture.GetDocumentAsync("/people/zz-jane-roe");
        var omar = await fixture.GetDocumentAsync("/people/zz-omar");

        var move = Assert.Single(jane.QuerySelectorAll(".career [data-kind=event]"));
        Assert.Equal("Jane Roe left Globex Labs for Acme Minds", move.QuerySelector(".sentence [lang=en]")?.TextContent.Trim());
        Assert.Equal(["leave"], omar.QuerySelectorAll(".career .type").Select(t => t.ClassList.Single(c => c != "type")["type-".Length..]));
        Assert.Equal([fixture.ArticleItem("arabic")], omar.QuerySelectorAll("#articles ~ ol [data-kind]").Select(e => $"article:{e.GetAttribute("data-id")}"));
    }

    [Fact]
    public async Task Unknown_slugs_are_not_found_and_kinds_redirect()
    {
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await fixture.Client.GetAsync("/companies/zz-no-such")).StatusCode);
        var wrongKind = await fixture.Client.GetAsync("/companies/zz-jane-roe");
        Assert.Equal("/people/zz-jane-roe", wrongKind.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Directories_list_counts_and_search_names_in_both_scripts()
    {
        var companies = await fixture.GetDocumentAsync("/companies?q=acme");
        var people = await fixture.GetDocumentAsync("/people?q=" + Uri.EscapeDataString("عمر حداد"));

        var row = Assert.Single(companies.QuerySelectorAll("table.directory tbody tr"));
        Assert.Equal("/companies/zz-acme", row.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("3", row.QuerySelector("td")?.TextContent.Trim());
        Assert.Equal(["/people/zz-omar"], people.QuerySelectorAll("table.directory tbody a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Directories_list_the_names_in_the_news_and_show_the_rest_on_request_a_page_at_a_time()
    {
        static List<int> Counts(AngleSharp.Dom.IDocument page) =>
            [.. page.QuerySelectorAll("table.directory tbody td").Select(td => int.Parse(td.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture))];

        var mentioned = await fixture.GetDocumentAsync("/companies");
        var toggle = mentioned.QuerySelector(".directory-toggle a");
        Assert.NotNull(toggle);
        Assert.Equal("/companies?all=true", toggle.GetAttribute("href"));
        var all = await fixture.GetDocumentAsync("/companies?all=true");
        var lastPage = await fixture.GetDocumentAsync(all.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href") ?? "/companies?all=true");

        Assert.NotEmpty(Counts(mentioned));
        Assert.All(Counts(mentioned), count => Assert.True(count > 0));
        Assert.Contains("zz-acme", mentioned.QuerySelectorAll("tr[data-entity]").Select(r => r.GetAttribute("data-entity")));
        Assert.Equal(EntityDirectoryPageSize, Counts(all).Count);
        Assert.Contains(0, Counts(all).Concat(Counts(lastPage)));
        Assert.DoesNotContain(lastPage.QuerySelectorAll("tr[data-entity]").Select(r => r.GetAttribute("data-entity")),
            slug => all.QuerySelectorAll("tr[data-entity]").Any(r => r.GetAttribute("data-entity") == slug));
        Assert.Equal("/companies", (await fixture.GetDocumentAsync("/companies?all=true")).QuerySelector(".directory-toggle a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_companies_directory_keeps_universities_media_and_public_bodies_apart()
    {
        static List<string?> Slugs(AngleSharp.Dom.IDocument page) => [.. page.QuerySelectorAll("tr[data-entity]").Select(r => r.GetAttribute("data-entity"))];

        var mixed = await fixture.GetDocumentAsync("/companies?all=true&q=r");
        var media = await fixture.GetDocumentAsync("/companies?all=true&q=r&sector=media");
        var bodies = await fixture.GetDocumentAsync("/companies?all=true&sector=public-body");
        var wrong = await fixture.GetDocumentAsync("/companies?all=true&q=r&sector=labs");
        async Task<string?> TagAsync(string slug) =>
            (await fixture.GetDocumentAsync($"/companies?all=true&q={slug}")).QuerySelector($"tr[data-entity^={slug}]")?.QuerySelector(".sector-tag")?.GetAttribute("data-sector") ?? "none";

        Assert.Equal("media", await TagAsync("reuters"));
        Assert.Equal("university", await TagAsync("stanford"));
        Assert.Equal("none", await TagAsync("openai"));
        Assert.Contains("reuters", Slugs(media));
        Assert.DoesNotContain("openai", Slugs(media));
        Assert.DoesNotContain("stanford-university", Slugs(media));
        Assert.Contains("ftc", Slugs(bodies));
        Assert.Contains("european-commission", Slugs(bodies));
        Assert.DoesNotContain("techcrunch", Slugs(bodies));
        Assert.Equal("media", media.QuerySelector("nav.sectors a[aria-current=page]")?.GetAttribute("data-sector"));
        var mediaLink = mixed.QuerySelector("nav.sectors a[data-sector=media]");
        Assert.Equal("/companies?q=r&sector=media&all=true", mediaLink?.GetAttribute("href"));
        Assert.Equal(Slugs(media).Count.ToString(System.Globalization.CultureInfo.InvariantCulture), mediaLink?.QuerySelector(".meta")?.TextContent.Trim());
        Assert.Contains("sector \"labs\"", wrong.QuerySelector(".problem")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(Slugs(mixed), Slugs(wrong));
    }

    private const int EntityDirectoryPageSize = TalentWatch.Web.Pages.Common.EntityDirectory.PageSize;
}
