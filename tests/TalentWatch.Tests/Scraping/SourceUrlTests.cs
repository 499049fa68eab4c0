using TalentWatch.Scraping;

namespace TalentWatch.Tests.Scraping;

public class SourceUrlTests
{
    [Theory]
    [InlineData("http://127.1/feed", "http://127.0.0.1/feed")]
    [InlineData("http://2130706433/feed", "http://127.0.0.1/feed")]
    [InlineData("HTTP://Example.COM:80/feed", "http://example.com/feed")]
    [InlineData("https://example.com/Feed/../feed/", "https://example.com/feed/")]
    [InlineData("https://example.com/feed#top", "https://example.com/feed")]
    [InlineData("https://example.com/feed#", "https://example.com/feed")]
    [InlineData("  https://example.com/feed?a=1&b=2#x ", "https://example.com/feed?a=1&b=2")]
    public void Spellings_of_one_address_have_one_canonical_form(string text, string canonical)
    {
        Assert.True(SourceUrl.TryParse(text, out var url));
        Assert.Equal(canonical, url.AbsoluteUri);
    }

    [Theory]
    [InlineData("https://example.com/Feed")]
    [InlineData("https://example.com/feed?B=1")]
    public void Path_and_query_keep_their_case(string text)
    {
        Assert.True(SourceUrl.TryParse(text, out var url));
        Assert.Equal(text, url.AbsoluteUri);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("feed.xml")]
    [InlineData("ftp://example.com/feed.xml")]
    [InlineData("file:///etc/passwd")]
    public void Anything_but_an_absolute_http_url_is_refused(string? text) =>
        Assert.False(SourceUrl.TryParse(text, out _));
}
