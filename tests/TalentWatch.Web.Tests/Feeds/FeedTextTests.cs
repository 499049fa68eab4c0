using System.Text;
using System.Xml;
using TalentWatch.Web.Feeds;

namespace TalentWatch.Web.Tests.Feeds;

/// <summary>What XML forbids never reaches a feed, including what SQLite could not store for the end-to-end tests (lone surrogates).</summary>
public sealed class FeedTextTests
{
    private const string Hostile = "a\u0001b\u001Fc\uD800d\uDFFFe\uFFFEf\uFFFF\t\n\r😀 <script>&amp; عربي";

    [Fact]
    public void Clean_strips_forbidden_characters_and_keeps_the_rest()
    {
        Assert.Equal("abcdef\t\n\r😀 <script>&amp; عربي", FeedText.Clean(Hostile));
        Assert.Equal("plain", FeedText.Clean("plain"));
    }

    [Fact]
    public void An_arabic_evidence_sentence_is_quoted_right_to_left_and_an_english_one_as_is()
    {
        Assert.Equal("<blockquote dir=\"rtl\" lang=\"ar\">انضم إيثان نايت إلى xAI &amp; ترك تسلا.</blockquote>", FeedText.Quote("انضم إيثان نايت إلى xAI & ترك تسلا."));
        Assert.Equal("<blockquote>Ethan Knight left Tesla for xAI (إكس إيه آي).</blockquote>", FeedText.Quote("Ethan Knight left Tesla for xAI (إكس إيه آي)."));
        Assert.Equal("<blockquote>&lt;b&gt;</blockquote>", FeedText.Quote("<b>"));
    }

    [Fact]
    public void Dates_follow_rfc_822_and_rfc_3339()
    {
        var at = new DateTime(2025, 3, 10, 12, 0, 5, DateTimeKind.Unspecified);
        Assert.Equal("Mon, 10 Mar 2025 12:00:05 GMT", FeedText.Rfc822(at));
        Assert.Equal("2025-03-10T12:00:05Z", FeedText.Rfc3339(at));
    }

    [Fact]
    public void Summary_is_cut_at_a_word()
    {
        var summary = FeedText.Summary(string.Concat(Enumerable.Repeat("word ", 100)));
        Assert.True(summary.Length <= 301, summary);
        Assert.EndsWith("word…", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rss")]
    [InlineData("atom")]
    [InlineData("json")]
    public void Every_writer_survives_hostile_strings_everywhere(string ext)
    {
        var entry = new FeedEntry("tag:talentwatch,2024:article/1" + Hostile, Hostile, "http://example.com/a", "http://example.com/b", Hostile, "<p>" + Hostile + "</p>",
            Hostile, [Hostile], "ar", DateTime.UnixEpoch, DateTime.UnixEpoch, [new FeedSource(Hostile, "http://example.com/a", "http://example.com/b", Hostile, DateTime.UnixEpoch)]);
        var feed = new FeedDocument(Hostile, Hostile, "http://example.com/", "http://example.com/feed", "ar", DateTime.UnixEpoch, [entry]);
        var bytes = FeedFormat.All.Single(f => f.Extension == ext).Write(feed);

        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.DoesNotContain(text, c => c is '\u0001' or '\u001F' or '\uFFFE' or '\uFFFF');
        Assert.Contains("عربي", text, StringComparison.Ordinal);
        if (ext == "json")
        {
            using var json = System.Text.Json.JsonDocument.Parse(bytes);
            Assert.Empty(JsonFeedSchema.Validate(json.RootElement));
        }
        else
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
            while (reader.Read())
            {
                // reading to the end proves well-formedness
            }
        }
    }
}
