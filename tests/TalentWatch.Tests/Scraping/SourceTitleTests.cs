using System.Net;
using System.Text;
using TalentWatch.Fetching;
using TalentWatch.Scraping;

namespace TalentWatch.Tests.Scraping;

/// <summary>A source added without a name takes the one the site gives itself.</summary>
public class SourceTitleTests
{
    private static FetchResult Response(string body, string contentType) =>
        new(new Uri("https://news.example/x"), new Uri("https://news.example/x"), HttpStatusCode.OK, Encoding.UTF8.GetBytes(body), contentType, null, null, TimeSpan.Zero);

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title> Tech  Wire — AI </title><item><title>Story</title></item></channel></rss>", "application/rss+xml", "Tech Wire — AI")]
    [InlineData("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>مدونة الذكاء الاصطناعي</title><entry><title>Story</title></entry></feed>", "application/atom+xml", "مدونة الذكاء الاصطناعي")]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>Only an item</title></item></channel></rss>", "application/rss+xml", null)]
    [InlineData("<html><head><title>Front page | The Paper</title><meta property=\"og:site_name\" content=\"The Paper\"></head></html>", "text/html", "The Paper")]
    [InlineData("<html><head><title>AI news &amp; views</title></head></html>", "text/html", "AI news & views")]
    [InlineData("<html><body>no title</body></html>", "text/html", null)]
    public void The_feed_title_or_else_the_site_name_or_page_title(string body, string contentType, string? expected) =>
        Assert.Equal(expected, SourceTitle.Of(Response(body, contentType)));
}
