using TalentWatch.Feeds;

namespace TalentWatch.Tests.Feeds;

public class FeedReaderTests
{
    private static readonly Uri FeedUrl = new("https://news.example.com/feed/");

    [Fact]
    public void Rss2_items_have_link_title_date_with_offset_and_author()
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title><link>https://news.example.com/</link><language>ar</language>
            <item><title>ماسك يرفع الرواتب</title><link>https://news.example.com/2024/04/musk/</link>
              <pubDate>Thu, 04 Apr 2024 10:30:00 +0300</pubDate><dc:creator>سارة</dc:creator></item>
            <item><title>Second</title><link>/relative/</link><pubDate>Wed, 03 Apr 2024 08:00:00 GMT</pubDate>
              <author>ed@example.com (Jane Doe)</author></item>
            </channel></rss>
            """;
        var feed = FeedReader.Read(xml, FeedUrl);

        Assert.Null(feed.Error);
        Assert.Equal(2, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal("https://news.example.com/2024/04/musk/", first.Link.AbsoluteUri);
        Assert.Equal("ماسك يرفع الرواتب", first.Title);
        Assert.Equal(new DateTimeOffset(2024, 4, 4, 10, 30, 0, TimeSpan.FromHours(3)), first.PublishedAt);
        Assert.Equal(TimeSpan.FromHours(3), first.PublishedAt!.Value.Offset);
        Assert.Equal("سارة", first.Author);
        Assert.Equal("ar", first.Language);
        Assert.Equal("https://news.example.com/relative/", feed.Items[1].Link.AbsoluteUri);
        Assert.Equal("Jane Doe", feed.Items[1].Author);
        Assert.Equal(new DateTimeOffset(2024, 4, 3, 8, 0, 0, TimeSpan.Zero), feed.Items[1].PublishedAt);
    }

    [Fact]
    public void Atom_entries_use_the_alternate_link_and_published_date()
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Blog</title><id>x</id><updated>2024-05-01T00:00:00Z</updated>
            <entry><title type="html">OpenAI &amp;lt;hires&amp;gt; a chief scientist</title>
              <link rel="replies" href="https://news.example.com/comments/1"/>
              <link rel="alternate" href="https://news.example.com/2024/05/hire/"/>
              <id>tag:1</id><updated>2024-05-02T00:00:00Z</updated><published>2024-05-01T09:15:00-07:00</published>
              <author><name>Kim Lee</name></author></entry>
            </feed>
            """;
        var item = Assert.Single(FeedReader.Read(xml, FeedUrl).Items);

        Assert.Equal("https://news.example.com/2024/05/hire/", item.Link.AbsoluteUri);
        Assert.Equal("OpenAI <hires> a chief scientist", item.Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 9, 15, 0, TimeSpan.FromHours(-7)), item.PublishedAt);
        Assert.Equal("Kim Lee", item.Author);
        Assert.Equal("en", item.Language);
    }

    [Fact]
    public void Rss1_rdf_items_are_read()
    {
        const string xml = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="https://news.example.com/"><title>T</title><link>https://news.example.com/</link></channel>
            <item rdf:about="https://news.example.com/a"><title>A</title><link>https://news.example.com/a</link><dc:date>2024-01-02T03:04:05+01:00</dc:date></item>
            </rdf:RDF>
            """;
        var item = Assert.Single(FeedReader.Read(xml, FeedUrl).Items);
        Assert.Equal("https://news.example.com/a", item.Link.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)), item.PublishedAt);
    }

    [Fact]
    public void Html_entities_and_control_characters_do_not_lose_the_feed()
    {
        var xml = "<?xml version=\"1.0\"?><rss version=\"0.92\"><channel><title>T&nbsp;feed</title>"
            + "<item><title>Musk&nbsp;&amp; Altman\u0001 &copy; AT&T</title><link>https://news.example.com/1</link><pubDate>not a date</pubDate></item>"
            + "<item><title>Two &#1; &bogus;</title><link>https://news.example.com/2</link></item>"
            + "</channel></rss>";
        var feed = FeedReader.Read(xml, FeedUrl);

        Assert.Null(feed.Error);
        Assert.Equal(2, feed.Items.Count);
        Assert.Equal("Musk & Altman © AT&T", feed.Items[0].Title);
        Assert.Null(feed.Items[0].PublishedAt);
        Assert.Equal("Two &bogus;", feed.Items[1].Title);
    }

    [Fact]
    public void A_doctype_is_ignored_and_a_billion_laughs_feed_costs_nothing()
    {
        var entities = string.Concat(Enumerable.Range(1, 9).Select(i =>
            $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">"));
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol0 \"lol\">" + entities + "]>"
            + "<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>Real &lol9;</title><link>https://news.example.com/1</link></item></channel></rss>";
        var feed = FeedReader.Read(xml, FeedUrl);

        // The reference stays literal text: it was never expanded (expanded, it would be 10^9 "lol"s).
        var item = Assert.Single(feed.Items);
        Assert.Equal("Real &lol9;", item.Title);
    }

    [Fact]
    public void A_legitimate_doctype_still_parses()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>T</title><item><title>A</title><link>https://news.example.com/a</link></item></channel></rss>
            """;
        Assert.Single(FeedReader.Read(xml, FeedUrl).Items);
    }

    [Fact]
    public void Items_before_a_fatal_error_are_kept()
    {
        const string xml = "<rss version=\"2.0\"><channel><item><title>A</title><link>https://news.example.com/a</link></item><item><title>B</unclosed></channel>";
        var feed = FeedReader.Read(xml, FeedUrl);
        Assert.Single(feed.Items);
        Assert.Null(feed.Error);
        Assert.NotNull(feed.Warning);
    }

    [Fact]
    public void Html_instead_of_a_feed_is_a_clear_error()
    {
        var feed = FeedReader.Read("<!DOCTYPE html><html><body><p>hello</p></body></html>", FeedUrl);
        Assert.Empty(feed.Items);
        Assert.Contains("Not an RSS or Atom feed", feed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Garbage_is_a_clear_error()
    {
        var feed = FeedReader.Read("\u0000\u0001 not xml at all <<<", FeedUrl);
        Assert.Empty(feed.Items);
        Assert.NotNull(feed.Error);
    }
}
