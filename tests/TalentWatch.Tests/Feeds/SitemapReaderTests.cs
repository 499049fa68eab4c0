using TalentWatch.Feeds;

namespace TalentWatch.Tests.Feeds;

public class SitemapReaderTests
{
    private static readonly Uri SitemapUrl = new("https://news.example.com/sitemap.xml");

    [Fact]
    public void A_news_sitemap_yields_only_news_entries_with_their_dates_and_titles()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
            <url><loc>https://news.example.com/2024/04/a/</loc><news:news><news:publication><news:name>P</news:name><news:language>en</news:language></news:publication>
              <news:publication_date>2024-04-04T10:30:00+03:00</news:publication_date><news:title>Hire at xAI</news:title></news:news></url>
            <url><loc>https://news.example.com/about/</loc></url>
            <url><loc>https://news.example.com/careers/</loc></url>
            </urlset>
            """;
        var sitemap = SitemapReader.Read(xml, SitemapUrl);

        var item = Assert.Single(sitemap.Items);
        Assert.Equal("https://news.example.com/2024/04/a/", item.Link.AbsoluteUri);
        Assert.Equal("Hire at xAI", item.Title);
        Assert.Equal("en", item.Language);
        Assert.Equal(new DateTimeOffset(2024, 4, 4, 10, 30, 0, TimeSpan.FromHours(3)), item.PublishedAt);
    }

    [Fact]
    public void A_plain_sitemap_yields_every_url_with_lastmod()
    {
        const string xml = """
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://news.example.com/a</loc><lastmod>2024-04-01</lastmod></url>
            <url><loc>https://news.example.com/b</loc></url>
            <url><loc>javascript:alert(1)</loc></url>
            </urlset>
            """;
        var sitemap = SitemapReader.Read(xml, SitemapUrl);
        Assert.Equal(["https://news.example.com/a", "https://news.example.com/b"], sitemap.Items.Select(i => i.Link.AbsoluteUri));
        Assert.Equal(new DateTime(2024, 4, 1), sitemap.Items[0].PublishedAt!.Value.Date);
    }

    [Fact]
    public void A_sitemap_index_lists_children_newest_first()
    {
        const string xml = """
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>https://news.example.com/old.xml</loc><lastmod>2023-01-01</lastmod></sitemap>
            <sitemap><loc>https://news.example.com/new.xml</loc><lastmod>2024-06-01</lastmod></sitemap>
            </sitemapindex>
            """;
        var sitemap = SitemapReader.Read(xml, SitemapUrl);
        Assert.Empty(sitemap.Items);
        Assert.Equal(["https://news.example.com/new.xml", "https://news.example.com/old.xml"], sitemap.ChildSitemaps.Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void A_feed_given_as_a_sitemap_is_a_clear_error()
    {
        var sitemap = SitemapReader.Read("<rss version=\"2.0\"><channel/></rss>", SitemapUrl);
        Assert.Contains("Not a sitemap", sitemap.Error, StringComparison.Ordinal);
    }
}
