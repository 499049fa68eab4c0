using System.Net;
using TalentWatch.Web.Pages.Common;

namespace TalentWatch.Web.Tests.Pages;

/// <summary>
/// Dates that parse but lie outside 1900-01-01..9000-12-31 ("until=9999-12-31" for "no end") are unusable values like
/// any other: pages name them and ignore them, feeds ignore them, and nothing answers 500.
/// </summary>
[Collection(PagesGroup.Name)]
public partial class OutOfRangeDatesTests(PagesFixture fixture)
{
    public static TheoryData<string> Paths() =>
    [
        "/", "/flows", "/feed.rss", "/feed.atom", "/feed.json", "/moves/feed.rss", "/moves/feed.atom", "/moves/feed.json",
        "/companies/zz-acme", "/companies/zz-acme/feed.rss", "/companies/zz-acme/feed.atom", "/companies/zz-acme/feed.json",
        "/people/zz-jane-roe", "/people/zz-jane-roe/feed.rss", "/people/zz-jane-roe/feed.atom", "/people/zz-jane-roe/feed.json",
    ];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task The_ends_of_the_calendar_answer_like_no_date_at_all(string path)
    {
        using var plain = await fixture.Client.GetAsync(path);
        var expected = await plain.Content.ReadAsStringAsync();

        foreach (var query in new[] { "?until=9999-12-31", "?since=0001-01-01", "?since=0001-01-01&until=9999-12-31" })
        {
            using var response = await fixture.Client.GetAsync(path + query);

            Assert.Equal((path + query, HttpStatusCode.OK), (path + query, response.StatusCode));
            if (path.Contains("/feed.", StringComparison.Ordinal))
            {
                // A feed reader sees no page: the unusable bound is ignored, as an unreadable one always was, and named in
                // the feed's description.
                var body = await response.Content.ReadAsStringAsync();
                Assert.Contains(" Not understood: ", body, StringComparison.Ordinal);
                Assert.Equal(expected, NotUnderstood().Replace(body, ""));
            }
        }
        // The last days inside the range are used, and work too.
        using var bounded = await fixture.Client.GetAsync(path + "?since=1900-01-01&until=9000-12-31");
        Assert.Equal(HttpStatusCode.OK, bounded.StatusCode);
    }

    /// <summary>The description's note on the values a feed could not use, up to the end of the XML element or the JSON string.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@" Not understood: .*?(?=</|""\s*[,}])")]
    private static partial System.Text.RegularExpressions.Regex NotUnderstood();

    [Theory]
    [InlineData("/?until=9999-12-31", "9999-12-31", "until")]
    [InlineData("/?since=0001-01-01", "0001-01-01", "since")]
    [InlineData("/flows?until=9999-12-31", "9999-12-31", "until")]
    [InlineData("/flows?since=1899-12-31", "1899-12-31", "since")]
    public async Task A_page_names_the_unusable_date_and_ignores_it(string url, string value, string parameter)
    {
        var page = await fixture.GetDocumentAsync(url);

        var problem = Assert.Single(page.QuerySelectorAll("p.problem"));
        Assert.Equal($"\"{value}\" is outside the dates TalentWatch can search (1900-01-01 to 9000-12-31); {parameter} was ignored.", problem.TextContent);
        Assert.Null(page.QuerySelector($"form.filters input[name={parameter}]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task The_timeline_shows_what_it_shows_without_the_ignored_date()
    {
        var all = PagesFixture.Items(await fixture.GetDocumentAsync("/"));

        Assert.NotEmpty(all);
        Assert.Equal(all, PagesFixture.Items(await fixture.GetDocumentAsync("/?since=0001-01-01&until=9999-12-31")));
    }

    [Fact]
    public async Task The_flows_page_names_a_value_that_is_not_a_date()
    {
        var page = await fixture.GetDocumentAsync("/flows?since=yesterday");

        var problem = Assert.Single(page.QuerySelectorAll("p.problem"));
        Assert.Equal("\"yesterday\" is not a date (YYYY-MM-DD); since was ignored.", problem.TextContent);
    }

    [Fact]
    public void A_day_whose_midnight_does_not_exist_starts_at_its_first_minute()
    {
        // Chile moved its clocks from 00:00 to 01:00 on 2024-09-08: that day starts at 01:00 local, 04:00 UTC.
        var clock = new ReaderClock("America/Santiago");

        Assert.Equal(new DateTime(2024, 9, 8, 4, 0, 0, DateTimeKind.Utc), clock.StartUtc(new DateOnly(2024, 9, 8)));
        Assert.Equal(new DateTime(2024, 9, 7, 4, 0, 0, DateTimeKind.Utc), clock.StartUtc(new DateOnly(2024, 9, 7)));
    }
}
