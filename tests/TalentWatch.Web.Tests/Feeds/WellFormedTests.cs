using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace TalentWatch.Web.Tests.Feeds;

/// <summary>Scraped titles with markup, ampersands, forbidden control characters and Arabic keep every feed well-formed.</summary>
[Collection(FeedsGroup.Name)]
public sealed class WellFormedTests(FeedsFixture fixture)
{
    private const string Url = "/companies/zz-quark/feed";

    [Theory]
    [InlineData("rss")]
    [InlineData("atom")]
    public async Task Xml_feeds_stay_well_formed_and_keep_the_text(string ext)
    {
        var bytes = await fixture.GetBytesAsync($"{Url}.{ext}");

        // A strict XML 1.0 parser: any forbidden character or bad escape throws here.
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
        var document = XDocument.Load(reader);
        var titles = document.Descendants().Where(e => e.Name.LocalName == "title").Select(e => e.Value).ToList();
        var nasty = Assert.Single(titles, t => t.Contains("Volta & Quark", StringComparison.Ordinal));
        Assert.Equal("<script>alert(1)</script> Volta & Quark news — فولتا تستقطب المواهب", nasty);
        Assert.DoesNotContain(Encoding.UTF8.GetString(bytes), c => c == '\u0001' || c == '\uFFFF');

        var parsed = await Feedparser.ParseAsync(bytes, FeedParserTests.ContentType(ext));
        Assert.False(parsed.Bozo, parsed.Error);
        Assert.Contains(parsed.Entries, e => e.Title!.Contains("فولتا تستقطب المواهب", StringComparison.Ordinal) && e.Title.Contains("Volta & Quark", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_feed_keeps_the_text_and_drops_forbidden_characters()
    {
        var bytes = await fixture.GetBytesAsync($"{Url}.json");
        using var json = JsonDocument.Parse(bytes);
        Assert.Empty(JsonFeedSchema.Validate(json.RootElement));
        var titles = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).ToList();
        Assert.Contains("<script>alert(1)</script> Volta & Quark news — فولتا تستقطب المواهب", titles);
    }

    [Fact]
    public async Task Arabic_articles_keep_their_text_and_language()
    {
        var bytes = await fixture.GetBytesAsync("/feed.atom?lang=ar");
        var document = XDocument.Parse(Encoding.UTF8.GetString(bytes));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal("ar", document.Root!.Attribute(XNamespace.Xml + "lang")?.Value);
        var entry = Assert.Single(document.Root.Elements(atom + "entry"), e => e.Element(atom + "title")!.Value == FeedSeed.ArabicTitle);
        Assert.Equal("ar", entry.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.Contains("أعلنت فولتا انضمام لينا حداد", entry.Element(atom + "summary")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_check_is_strict()
    {
        // The check must catch what it claims to, or the passing JSON tests above prove nothing.
        using var bad = JsonDocument.Parse("""
            {"version":"https://jsonfeed.org/version/1","title":"","feed_url":"/relative","surprise":1,
             "items":[{"id":7,"date_published":"10 Mar 2025"},{"id":"a","content_text":"x"},{"id":"a","content_html":"y","tags":[1]}]}
            """);
        var errors = JsonFeedSchema.Validate(bad.RootElement);
        Assert.Contains(errors, e => e.Contains("feed.version", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("feed.title", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("feed.feed_url", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("feed.surprise", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("items[0].id must be a string", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("items[0] needs content_html", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("items[0].date_published", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("items[2].id", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("items[2].tags", StringComparison.Ordinal));
    }
}
