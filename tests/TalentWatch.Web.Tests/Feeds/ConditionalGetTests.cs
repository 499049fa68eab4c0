using System.Net;
using System.Net.Http.Headers;

namespace TalentWatch.Web.Tests.Feeds;

/// <summary>Polling readers get 304 Not Modified from an ETag or a Last-Modified date.</summary>
[Collection(FeedsGroup.Name)]
public sealed class ConditionalGetTests(FeedsFixture fixture)
{
    [Theory]
    [InlineData("/feed.rss")]
    [InlineData("/moves/feed.atom")]
    [InlineData("/companies/zz-volta/feed.json")]
    public async Task If_none_match_with_the_etag_answers_304(string url)
    {
        using var first = await fixture.Client.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await fixture.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());

        using var other = new HttpRequestMessage(HttpMethod.Get, url);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        using var third = await fixture.Client.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task If_modified_since_answers_304_until_something_newer_exists()
    {
        const string url = "/feed.atom?company=zz-volta";
        using var first = await fixture.Client.GetAsync(url);
        var lastModified = first.Content.Headers.LastModified;
        // The newest item is the Ethan Knight move and article, reported at FeedSeed.Day.
        Assert.Equal(new DateTimeOffset(FeedSeed.Day), lastModified);

        using var same = new HttpRequestMessage(HttpMethod.Get, url);
        same.Headers.IfModifiedSince = lastModified;
        using var notModified = await fixture.Client.SendAsync(same);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var older = new HttpRequestMessage(HttpMethod.Get, url);
        older.Headers.IfModifiedSince = lastModified!.Value.AddHours(-1);
        using var modified = await fixture.Client.SendAsync(older);
        Assert.Equal(HttpStatusCode.OK, modified.StatusCode);
        Assert.NotEmpty(await modified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_same_view_in_another_parameter_order_is_served_identically()
    {
        using var a = await fixture.Client.GetAsync("/feed.rss?type=join&company=zz-quark&limit=50");
        using var b = await fixture.Client.GetAsync("/feed.rss?company=zz-quark&type=join");
        Assert.Equal(a.Headers.ETag, b.Headers.ETag);
    }
}
