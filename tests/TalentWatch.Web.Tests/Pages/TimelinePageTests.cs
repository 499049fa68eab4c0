namespace TalentWatch.Web.Tests.Pages;

[Collection(PagesGroup.Name)]
public class TimelinePageTests(PagesFixture fixture)
{
    [Fact]
    public async Task Filtering_by_one_company_shows_exactly_its_events_and_articles()
    {
        var page = await fixture.GetDocumentAsync("/?company=zz-acme");

        // Acme: its two relevant articles and the event where it is the destination; not the irrelevant one.
        Assert.Equal([fixture.ArticleItem("acme"), fixture.EventItem("jane-joins-acme"), fixture.ArticleItem("arabic")], PagesFixture.Items(page));
    }

    [Theory]
    [InlineData("Acme Minds")]
    [InlineData("ACME minds")]
    [InlineData("ZZ-ACME")]
    [InlineData("اكمي")]
    public async Task A_company_named_as_people_type_it_filters_like_its_slug(string value)
    {
        var bySlug = PagesFixture.Items(await fixture.GetDocumentAsync("/?company=zz-acme"));

        var byName = PagesFixture.Items(await fixture.GetDocumentAsync($"/?company={Uri.EscapeDataString(value)}"));

        Assert.NotEmpty(bySlug);
        Assert.Equal(bySlug, byName);
    }

    [Fact]
    public async Task Filtering_by_two_companies_shows_items_about_either()
    {
        var page = await fixture.GetDocumentAsync("/?company=zz-globex&company=zz-initech");

        Assert.Equal(
            [fixture.ArticleItem("globex"), fixture.ArticleItem("initech"), fixture.EventItem("jane-joins-acme"), fixture.EventItem("omar-leaves-initech"), fixture.ArticleItem("script")],
            PagesFixture.Items(page));
        Assert.Equal(["zz-globex", "zz-initech"], page.QuerySelectorAll("input[name=company][checked]").Select(i => i.GetAttribute("value")).Order());
    }

    [Fact]
    public async Task Relevant_all_includes_articles_not_about_talent()
    {
        var page = await fixture.GetDocumentAsync("/?company=zz-acme&relevant=all&type=&lang=en");

        Assert.Equal([fixture.ArticleItem("acme"), fixture.ArticleItem("irrelevant")], PagesFixture.Items(page));
    }

    [Fact]
    public async Task Older_links_page_through_to_the_oldest_item()
    {
        var seen = new List<string>();
        var url = "/?company=zz-pager&limit=5";
        for (var pages = 0; url is not null; pages++)
        {
            Assert.True(pages < 10, "paging does not end");
            var page = await fixture.GetDocumentAsync(url);
            seen.AddRange(PagesFixture.Items(page));
            url = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }

        // Its 12 articles and its 5 events (those it lost people from, gained people from, and kept someone in) once each.
        Assert.Equal(17, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        var articles = fixture.Articles.Where(a => a.Key.StartsWith("pager", StringComparison.Ordinal)).Select(a => $"article:{a.Value}");
        var events = fixture.Events.Where(e => e.Key.StartsWith("pager", StringComparison.Ordinal)).Select(e => $"event:{e.Value}");
        Assert.Equal(articles.Concat(events).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.Equal([fixture.EventItem("pager-out-1"), fixture.EventItem("pager-in-1"), fixture.EventItem("pager-kept"), fixture.EventItem("pager-out-2"), fixture.EventItem("pager-in-2")],
            seen.Where(item => item.StartsWith("event:", StringComparison.Ordinal)));
        Assert.Equal(fixture.ArticleItem("pager11"), seen[^1]);
    }

    [Fact]
    public async Task The_feed_link_carries_the_same_filters()
    {
        var page = await fixture.GetDocumentAsync("/?company=zz-acme&type=join&lang=ar");

        var feed = page.QuerySelector("head link[rel=alternate][type='application/rss+xml']");
        Assert.Equal("/feed.rss?company=zz-acme&type=join&lang=ar", feed?.GetAttribute("href"));
    }

    [Fact]
    public async Task Words_narrow_the_timeline_to_matching_articles_and_the_moves_they_report()
    {
        // "اعلنت" with a bare alef finds "أعلنت"; the Jane Roe event counts because that article reports it.
        var page = await fixture.GetDocumentAsync("/?q=" + Uri.EscapeDataString(" اعلنت "));

        Assert.Equal([fixture.EventItem("jane-joins-acme"), fixture.ArticleItem("arabic")], PagesFixture.Items(page));
        Assert.Equal("اعلنت", page.QuerySelector("form.filters input[name=q]")?.GetAttribute("value"));
        Assert.Equal("/feed.rss?q=" + Uri.EscapeDataString("اعلنت"), page.QuerySelector("head link[rel=alternate][type='application/rss+xml']")?.GetAttribute("href"));
        Assert.Empty(PagesFixture.Items(await fixture.GetDocumentAsync("/?q=cafeteria")));
        Assert.Equal([fixture.ArticleItem("irrelevant")], PagesFixture.Items(await fixture.GetDocumentAsync("/?q=cafeteria&relevant=all")));
    }

    [Fact]
    public async Task Unusable_parameters_are_reported_and_the_rest_still_filters()
    {
        var page = await fixture.GetDocumentAsync("/?company=zz-acme&type=hire&lang=french&since=yesterday&limit=-3&relevant=maybe");

        var problems = page.QuerySelectorAll("p.problem").Select(p => p.TextContent).ToList();
        Assert.Equal(5, problems.Count);
        Assert.Contains(problems, p => p.Contains("\"hire\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("\"french\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("\"-3\" is not a number of items from 1 to 100", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("\"maybe\" is not a value of relevant", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("\"yesterday\"", StringComparison.Ordinal) && p.Contains("since", StringComparison.Ordinal));
        Assert.Equal([fixture.ArticleItem("acme"), fixture.EventItem("jane-joins-acme"), fixture.ArticleItem("arabic")], PagesFixture.Items(page));
    }

    [Fact]
    public async Task A_company_or_person_that_names_nothing_is_said_so_and_the_list_is_empty()
    {
        var page = await fixture.GetDocumentAsync("/?company=" + Uri.EscapeDataString("No Such Lab") + "&person=nobody-at-all");

        var problems = page.QuerySelectorAll("p.problem").Select(p => p.TextContent.Trim()).ToList();
        Assert.Equal(["No company is named \"No Such Lab\".", "No person is named \"nobody-at-all\"."], problems);
        Assert.Empty(PagesFixture.Items(page));
        Assert.Empty((await fixture.GetDocumentAsync("/?company=zz-acme")).QuerySelectorAll("p.problem"));
    }
}
