using TalentWatch.Extraction;

namespace TalentWatch.Tests.Extraction;

public sealed class VisibleDateTests
{
    [Theory]
    [InlineData("Apr 12, 2024, 9:30 AM PDT", "2024-04-12T09:30:00-07:00", true)]
    [InlineData("Published April 3, 2024 at 11:05 p.m. EDT", "2024-04-03T23:05:00-04:00", true)]
    [InlineData("Wed 22 May 2024 17.48 BST", "2024-05-22T17:48:00+01:00", true)]
    [InlineData("12 April 2024", "2024-04-12T00:00:00+00:00", false)]
    [InlineData("نُشر في 12 أبريل 2024", "2024-04-12T00:00:00+00:00", false)]
    [InlineData("الجمعة ١٢ إبريل ٢٠٢٤ - 06:10 م", "2024-04-12T18:10:00+00:00", false)]
    [InlineData("12 نيسان 2024", "2024-04-12T00:00:00+00:00", false)]
    [InlineData("Published 3 Apr 2024 · Updated 4 Apr 2024", "2024-04-03T00:00:00+00:00", false)]
    public void Printed_dates_parse_with_their_zone(string line, string expected, bool hasOffset)
    {
        var found = VisibleDate.Parse(line);

        Assert.NotNull(found);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), found.Value.Value);
        Assert.Equal(hasOffset, found.Value.HasOffset);
    }

    [Theory]
    [InlineData("Updated on Apr 12, 2024 06:02 PM IST")]
    [InlineData("آخر تحديث: 12 أبريل 2024")]
    [InlineData("Version 2024")]
    [InlineData("31 February 2024")]
    public void Modification_dates_and_non_dates_are_not_publication_dates(string line) =>
        Assert.Null(VisibleDate.Parse(line));

    [Fact]
    public void Page_without_machine_readable_date_uses_the_printed_line_but_not_a_date_in_the_prose()
    {
        const string html = """
            <html><body><article><h1>Lab hires a new chief</h1>
            <div class="meta"><span>By Ana Ruiz</span> <span>March 5, 2024, 2:15 PM EST</span></div>
            <p>The lab, which was founded on January 9, 2019 in a garage, hired a new research chief from a rival this week, people said.</p>
            </article></body></html>
            """;

        var a = ArticleExtractor.Extract(html, new Uri("https://example.com/a"));

        Assert.Equal(new DateTimeOffset(2024, 3, 5, 14, 15, 0, TimeSpan.FromHours(-5)), a.PublishedAt);
        Assert.Equal("Ana Ruiz", a.Author);
    }

    [Fact]
    public void A_feed_date_beats_the_printed_line()
    {
        var feed = new DateTimeOffset(2024, 3, 5, 19, 15, 0, TimeSpan.Zero);
        const string html = "<html><body><article><h1>T</h1><span>March 1, 2024</span><p>Body text of the story, long enough to count as a paragraph.</p></article></body></html>";

        Assert.Equal(feed, ArticleExtractor.Extract(html, new Uri("https://example.com/a"), new FeedHints(PublishedAt: feed)).PublishedAt);
    }
}
