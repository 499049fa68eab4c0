using AngleSharp.Html.Parser;

namespace TalentWatch.Web.Tests.Feeds;

/// <summary>The timeline, company and person pages advertise their feed in all three formats, in head and visibly.</summary>
[Collection(FeedsGroup.Name)]
public sealed class SubscribeLinkTests(FeedsFixture fixture)
{
    [Theory]
    [InlineData("/?company=zz-quark&type=join", "/feed.rss?company=zz-quark&type=join")]
    [InlineData("/companies/zz-volta", "/companies/zz-volta/feed.rss")]
    [InlineData("/people/zz-lina", "/people/zz-lina/feed.rss")]
    public async Task Pages_link_their_feeds(string page, string rss)
    {
        var document = await new HtmlParser().ParseDocumentAsync(await fixture.Client.GetStringAsync(page));
        var expected = new[] { ("application/rss+xml", rss), ("application/atom+xml", rss.Replace(".rss", ".atom", StringComparison.Ordinal)), ("application/feed+json", rss.Replace(".rss", ".json", StringComparison.Ordinal)) };

        Assert.Equal(expected, document.QuerySelectorAll("head link[rel=alternate]").Select(l => (l.GetAttribute("type")!, l.GetAttribute("href")!)).ToArray());
        Assert.Equal(expected, document.QuerySelectorAll("main .subscribe a").Select(l => (l.GetAttribute("type")!, l.GetAttribute("href")!)).ToArray());
        foreach (var (type, href) in expected)
        {
            using var response = await fixture.Client.GetAsync(href);
            Assert.True(response.IsSuccessStatusCode, href);
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        }
    }
}
