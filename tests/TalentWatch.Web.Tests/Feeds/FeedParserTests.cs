namespace TalentWatch.Web.Tests.Feeds;

/// <summary>Every feed kind in every format, read independently (feedparser; the JSON Feed schema): valid, the expected entries.</summary>
[Collection(FeedsGroup.Name)]
public sealed class FeedParserTests(FeedsFixture fixture)
{
    public static TheoryData<string, string> AllFeeds()
    {
        var data = new TheoryData<string, string>();
        string[] paths = ["/feed", "/moves/feed", "/companies/zz-volta/feed", "/people/zz-lina/feed", "/feed?company=zz-quark&company=zz-volta&type=join&lang=en&since=2025-01-01&until=2025-12-31&relevant=all"];
        foreach (var path in paths)
        {
            foreach (var (ext, version) in new[] { ("rss", "rss20"), ("atom", "atom10"), ("json", "json11") })
            {
                var query = path.IndexOf('?', StringComparison.Ordinal);
                data.Add(query < 0 ? $"{path}.{ext}" : $"{path[..query]}.{ext}{path[query..]}", version);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllFeeds))]
    public async Task Every_feed_parses_cleanly(string url, string version)
    {
        using var response = await fixture.Client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        var contentType = response.Content.Headers.ContentType!;
        Assert.Equal("utf-8", contentType.CharSet);
        Assert.Equal(version switch { "rss20" => "application/rss+xml", "atom10" => "application/atom+xml", _ => "application/feed+json" }, contentType.MediaType);

        var parsed = await FeedReaders.ReadAsync(await response.Content.ReadAsByteArrayAsync(), contentType.ToString());

        Assert.False(parsed.Bozo, $"{url}: {parsed.Error}");
        Assert.Equal(version, parsed.Version);
        Assert.NotEmpty(parsed.Entries);
        Assert.All(parsed.Entries, e =>
        {
            Assert.StartsWith("tag:talentwatch,2024:", e.Id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(e.Title));
            Assert.StartsWith("http://", e.Link, StringComparison.Ordinal);
        });
        if (version != "json11")
        {
            // The self link is absolute, built from the request's scheme and host.
            Assert.Contains(parsed.Links, l => l.StartsWith(fixture.Client.BaseAddress!.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) && l.Contains("/feed.", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task An_entity_is_one_category_whatever_the_language_of_the_item_or_the_feed()
    {
        var all = await FeedReaders.ReadAsync(await fixture.GetBytesAsync("/feed.rss"), "application/rss+xml");
        var arabicFeed = await FeedReaders.ReadAsync(await fixture.GetBytesAsync("/feed.rss?lang=ar"), "application/rss+xml");

        var arabicArticle = all.Entries.Single(e => e.Id == fixture.Seed.ArticleId("arabic"));
        Assert.Contains("Volta AI", arabicArticle.Tags);
        Assert.Contains("Lina Haddad", arabicArticle.Tags);
        Assert.DoesNotContain("فولتا", all.Entries.SelectMany(e => e.Tags));
        Assert.DoesNotContain("فولتا", arabicFeed.Entries.SelectMany(e => e.Tags));
    }

    [Fact]
    public async Task Values_a_feed_cannot_use_are_named_in_its_description()
    {
        static string Description(byte[] rss) =>
            System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(rss)).Root!.Element("channel")!.Element("description")!.Value;

        var description = Description(await fixture.GetBytesAsync("/feed.rss?company=No+Such+Lab&type=hire&limit=0"));
        var known = Description(await fixture.GetBytesAsync("/feed.rss?company=zz-quark"));

        Assert.Contains("Not understood:", description, StringComparison.Ordinal);
        Assert.Contains("type must be one of join, leave, found, poach, retain, not \"hire\".", description, StringComparison.Ordinal);
        Assert.Contains("limit must be a whole number from 1 to 200, not \"0\".", description, StringComparison.Ordinal);
        Assert.Contains("No company is named \"No Such Lab\".", description, StringComparison.Ordinal);
        Assert.DoesNotContain("Not understood", known, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rss")]
    [InlineData("atom")]
    [InlineData("json")]
    public async Task A_filtered_feed_holds_exactly_the_matching_move_and_article(string ext)
    {
        var bytes = await fixture.GetBytesAsync($"/feed.{ext}?company=zz-quark&type=join");
        var parsed = await FeedReaders.ReadAsync(bytes, ContentType(ext));

        Assert.False(parsed.Bozo, parsed.Error);
        var seed = fixture.Seed;
        Assert.Equal(
            [(seed.EventId("ethan"), "Ethan Knight left Volta AI for Quark Labs"), (seed.ArticleId("ethan"), "Ethan Knight leaves Volta AI for Quark Labs")],
            parsed.Entries.Select(e => (e.Id!, e.Title!)).ToList());
        Assert.Equal("http://127.0.0.1/feeds/ethan", parsed.Entries[1].Link);
        Assert.Equal("en", parsed.Entries[1].Language);
        Assert.Contains("Quark Labs", parsed.Entries[1].Tags);
    }

    [Theory]
    [InlineData("rss")]
    [InlineData("atom")]
    [InlineData("json")]
    public async Task Moves_feed_holds_only_moves_read_as_sentences(string ext)
    {
        var parsed = await FeedReaders.ReadAsync(await fixture.GetBytesAsync($"/moves/feed.{ext}"), ContentType(ext));

        Assert.False(parsed.Bozo, parsed.Error);
        Assert.Equal(
            ["Ethan Knight left Volta AI for Quark Labs", "Lina Haddad joined Volta AI", "Nimbus Robotics is poaching Quark Labs' staff"],
            parsed.Entries.Select(e => e.Title!).ToList());
        Assert.All(parsed.Entries, e => Assert.Contains(":event/", e.Id, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("rss")]
    [InlineData("atom")]
    [InlineData("json")]
    public async Task A_search_feed_holds_the_matching_articles_and_the_moves_they_report(string ext)
    {
        var seed = fixture.Seed;

        var hiring = await FeedReaders.ReadAsync(await fixture.GetBytesAsync($"/feed.{ext}?q=hiring+away"), ContentType(ext));
        var arabic = await FeedReaders.ReadAsync(await fixture.GetBytesAsync($"/feed.{ext}?q={Uri.EscapeDataString("لينا")}"), ContentType(ext));
        var nothing = await FeedReaders.ReadAsync(await fixture.GetBytesAsync($"/feed.{ext}?q=%21%21"), ContentType(ext));

        Assert.False(hiring.Bozo, hiring.Error);
        Assert.Equal([seed.ArticleId("nimbus"), seed.EventId("nimbus")], hiring.Entries.Select(e => e.Id!).Order(StringComparer.Ordinal).ToList());
        Assert.Equal([seed.ArticleId("arabic")], arabic.Entries.Select(e => e.Id!).ToList());
        Assert.Empty(nothing.Entries);
    }

    [Fact]
    public async Task Person_feed_and_limit()
    {
        var parsed = await FeedReaders.ReadAsync(await fixture.GetBytesAsync("/people/zz-lina/feed.atom"), ContentType("atom"));
        var seed = fixture.Seed;
        Assert.Equal([seed.EventId("lina"), seed.ArticleId("lina"), seed.ArticleId("arabic")], parsed.Entries.Select(e => e.Id!).ToList());
        Assert.Equal(FeedSeed.ArabicTitle, parsed.Entries[2].Title);
        Assert.Equal("ar", parsed.Entries[2].Language);

        var limited = await FeedReaders.ReadAsync(await fixture.GetBytesAsync("/people/zz-lina/feed.atom?limit=1"), ContentType("atom"));
        Assert.Single(limited.Entries);

        using var missing = await fixture.Client.GetAsync("/companies/zz-nobody/feed.rss");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    public static string ContentType(string ext) => ext switch
    {
        "rss" => "application/rss+xml; charset=utf-8",
        "atom" => "application/atom+xml; charset=utf-8",
        _ => "application/feed+json; charset=utf-8",
    };
}
