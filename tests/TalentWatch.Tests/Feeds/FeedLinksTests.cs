using TalentWatch.Feeds;

namespace TalentWatch.Tests.Feeds;

public class FeedLinksTests
{
    private static readonly Uri PageUrl = new("https://news.example.com/tech/");

    private static List<string> Find(string head, Uri? pageUrl = null) =>
        [.. FeedLinks.Find(ListingReader.Parse($"<html><head>{head}</head><body></body></html>"), pageUrl ?? PageUrl).Select(u => u.AbsoluteUri)];

    [Fact]
    public void Relative_hrefs_resolve_against_the_page_and_the_first_feed_wins()
    {
        var links = Find("""
            <link rel="alternate" type="application/atom+xml" href="atom.xml#x">
            <link rel="ALTERNATE" type="Application/RSS+XML; charset=utf-8" href="/feed.rss">
            """);

        Assert.Equal(["https://news.example.com/tech/atom.xml", "https://news.example.com/feed.rss"], links);
    }

    [Fact]
    public void Base_href_is_honoured()
    {
        var links = Find("""<base href="https://cdn.example.com/site/"><link rel="alternate" type="application/rss+xml" href="rss.xml">""");

        Assert.Equal(["https://cdn.example.com/site/rss.xml"], links);
    }

    [Fact]
    public void Rss_and_atom_come_before_generic_xml_and_comment_feeds_come_last()
    {
        var links = Find("""
            <link rel="alternate" type="application/rss+xml" title="Site » Comments Feed" href="/comments/feed/">
            <link rel="alternate" type="text/xml" href="/backend.xml">
            <link rel="alternate" type="application/rss+xml" title="Site » Feed" href="/feed/">
            """);

        Assert.Equal(["https://news.example.com/feed/", "https://news.example.com/backend.xml", "https://news.example.com/comments/feed/"], links);
    }

    [Fact]
    public void Other_alternates_stylesheets_and_unsafe_schemes_are_ignored()
    {
        var links = Find("""
            <link rel="alternate" hreflang="ar" type="text/html" href="/ar/">
            <link rel="alternate" type="application/feed+json" href="/feed.json">
            <link rel="stylesheet" type="application/rss+xml" href="/not-alternate.xml">
            <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
            <link rel="alternate" type="application/rss+xml" href="feed:https://news.example.com/x">
            """);

        Assert.Empty(links);
    }
}
