using TalentWatch.Feeds;

namespace TalentWatch.Tests.Feeds;

public class ListingReaderTests
{
    private static readonly Uri PageUrl = new("https://news.example.com/");

    [Fact]
    public void Links_matching_the_selector_are_absolute_deduplicated_and_in_order()
    {
        const string html = """
            <nav><a href="/section/ai/">AI</a></nav>
            <div class="teaser"><h2><a class="story-link" href="/2024/04/a/#top">A</a></h2></div>
            <div class="teaser"><h2><a class="story-link" href="https://news.example.com/2024/04/b/">B</a></h2></div>
            <div class="teaser"><h2><a class="story-link" href="/2024/04/a/">A again</a></h2></div>
            <a class="story-link" href="javascript:alert(1)">bad</a>
            <a class="next" href="/page/2/">Older posts</a>
            """;
        var listing = ListingReader.Read(ListingReader.Parse(html), PageUrl, "a.story-link");

        Assert.Equal(["https://news.example.com/2024/04/a/", "https://news.example.com/2024/04/b/"], listing.Items.Select(i => i.Link.AbsoluteUri));
        Assert.Equal("A", listing.Items[0].Title);
        Assert.Equal("https://news.example.com/page/2/", listing.NextPage?.AbsoluteUri);
    }

    [Fact]
    public void Rel_next_wins_and_a_next_link_to_another_host_is_ignored()
    {
        var relNext = ListingReader.Read(ListingReader.Parse("<link rel=\"next\" href=\"?page=2\"><a class=\"next\" href=\"/x\">x</a>"), PageUrl, null);
        Assert.Equal("https://news.example.com/?page=2", relNext.NextPage?.AbsoluteUri);

        var foreign = ListingReader.Read(ListingReader.Parse("<a rel=\"next\" href=\"https://elsewhere.example/2\">next</a>"), PageUrl, null);
        Assert.Null(foreign.NextPage);
    }

    [Fact]
    public void An_invalid_selector_is_a_clear_error()
    {
        var listing = ListingReader.Read(ListingReader.Parse("<a href=\"/a\">a</a>"), PageUrl, "a[[[");
        Assert.Empty(listing.Items);
        Assert.Contains("not valid CSS", listing.Error, StringComparison.Ordinal);
    }
}
