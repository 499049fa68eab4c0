using TalentWatch.Extraction;

namespace TalentWatch.Tests.Extraction;

public sealed class MetadataTests
{
    private static readonly Uri Url = new("https://example.com/2024/04/story/");

    private static ExtractedArticle Extract(string head, string body = "<p>Body text.</p>", FeedHints? hints = null, string lang = "") =>
        ArticleExtractor.Extract($"<!doctype html><html{lang}><head>{head}</head><body>{body}</body></html>", Url, hints);

    [Theory]
    [InlineData("<title>OpenAI hires a new research chief | TechSite</title>", "OpenAI hires a new research chief")]
    [InlineData("<title>OpenAI hires a new research chief - TechSite</title>", "OpenAI hires a new research chief")]
    [InlineData("<title>OpenAI hires a new research chief — TechSite News</title>", "OpenAI hires a new research chief")]
    [InlineData("<title>TechSite | OpenAI hires a new research chief after a long search</title>", "OpenAI hires a new research chief after a long search")]
    [InlineData("<title>Jobs &amp;   pay:\n AI labs   compete</title>", "Jobs & pay: AI labs compete")]
    [InlineData("<title>Site name</title><meta property=\"og:title\" content=\"The real headline &amp; more\">", "The real headline & more")]
    [InlineData("<title>Site</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"From JSON-LD\"}</script>", "From JSON-LD")]
    public void Title_is_the_headline_without_the_site_name(string head, string expected) =>
        Assert.Equal(expected, Extract(head).Title);

    [Fact]
    public void Title_drops_the_declared_site_name_from_og_title() =>
        Assert.Equal("Anthropic hires a robotics lead", Extract("<meta property=\"og:site_name\" content=\"Tech Wire\"><meta property=\"og:title\" content=\"Anthropic hires a robotics lead - Tech Wire\">").Title);

    [Fact]
    public void Sidebar_time_does_not_override_the_feed_date()
    {
        var feed = new DateTimeOffset(2024, 4, 4, 10, 30, 0, TimeSpan.FromHours(3));
        const string body = "<aside><ul><li><a href=\"/x\">Older story</a> <time datetime=\"2023-01-01T09:00:00Z\">Jan 1</time></li></ul></aside><p>Body.</p>";

        Assert.Equal(feed, Extract(string.Empty, body, new FeedHints(PublishedAt: feed)).PublishedAt);
        Assert.Equal(new DateTimeOffset(2023, 1, 1, 9, 0, 0, TimeSpan.Zero), Extract(string.Empty, body).PublishedAt);
    }

    [Fact]
    public void Date_only_page_keeps_its_day_when_the_feed_disagrees()
    {
        var feed = new DateTimeOffset(2024, 5, 20, 10, 30, 0, TimeSpan.FromHours(3));

        var a = Extract("<meta name=\"date\" content=\"2024-04-04\">", hints: new FeedHints(PublishedAt: feed));

        Assert.Equal(new DateTimeOffset(2024, 4, 4, 0, 0, 0, TimeSpan.Zero), a.PublishedAt);
    }

    [Fact]
    public void Title_prefers_the_article_h1_over_the_document_title() =>
        Assert.Equal("A headline - with a dash", Extract("<title>A headline - with a dash | Site</title>", "<article><h1>A headline - with a dash</h1><p>x</p></article>").Title);

    [Fact]
    public void Title_falls_back_to_the_feed_hint() =>
        Assert.Equal("Feed title", Extract(string.Empty, hints: new FeedHints(Title: "Feed title")).Title);

    [Theory]
    [InlineData("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\"},{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-04-04T10:30:00+03:00\"}]}</script>")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"WebPage\",\"mainEntity\":{\"@type\":\"Article\",\"datePublished\":\"2024-04-04T07:30:00Z\"}}</script>")]
    [InlineData("<meta property=\"article:published_time\" content=\"2024-04-04T10:30:00+03:00\">")]
    [InlineData("<meta itemprop=\"datePublished\" content=\"2024-04-04T10:30:00+0300\">")]
    [InlineData("<meta name=\"pubdate\" content=\"Thu, 04 Apr 2024 07:30:00 GMT\">")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"not a date\"}</script><meta name=\"date\" content=\"2024-04-04T10:30:00.000+03:00\">")]
    public void Date_is_read_from_structured_data_and_meta(string head)
    {
        var a = Extract(head);

        Assert.Equal(new DateTimeOffset(2024, 4, 4, 7, 30, 0, TimeSpan.Zero), a.PublishedAt);
    }

    [Fact]
    public void Date_keeps_the_page_offset()
    {
        var a = Extract("<meta property=\"article:published_time\" content=\"2024-04-04T10:30:00+03:00\">");

        Assert.Equal(TimeSpan.FromHours(3), a.PublishedAt!.Value.Offset);
    }

    [Fact]
    public void Date_from_time_element()
    {
        var a = Extract(string.Empty, "<article><time datetime=\"2024-04-04T10:30:00-05:00\">April 4</time><p>x</p></article>");

        Assert.Equal(new DateTimeOffset(2024, 4, 4, 10, 30, 0, TimeSpan.FromHours(-5)), a.PublishedAt);
    }

    [Fact]
    public void Date_only_page_uses_feed_timestamp_of_the_same_day()
    {
        var feed = new DateTimeOffset(2024, 4, 4, 10, 30, 0, TimeSpan.FromHours(3));

        var a = Extract("<meta name=\"date\" content=\"2024-04-04\">", hints: new FeedHints(PublishedAt: feed));

        Assert.Equal(feed, a.PublishedAt);
    }

    [Theory]
    [InlineData("<meta name=\"date\" content=\"2024-13-45\">")]
    [InlineData("<meta name=\"date\" content=\"yesterday\">")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":{\"broken\":true}}</script>")]
    [InlineData("<script type=\"application/ld+json\">{ not json </script>")]
    [InlineData("<meta name=\"date\" content=\"2024-04-04T25:99:00+30:00\">")]
    public void Bad_dates_fall_back_to_the_feed_hint_without_throwing(string head)
    {
        var feed = new DateTimeOffset(2024, 4, 4, 10, 30, 0, TimeSpan.FromHours(3));

        Assert.Equal(feed, Extract(head, hints: new FeedHints(PublishedAt: feed)).PublishedAt);
        Assert.Null(Extract(head).PublishedAt);
    }

    [Theory]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}</script>", "", "Jane Doe")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"name\":\"Jane Doe\"},{\"name\":\"John Roe\"}]}</script>", "", "Jane Doe, John Roe")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":\"Jane Doe\"}</script>", "", "Jane Doe")]
    [InlineData("<meta name=\"author\" content=\"Jane Doe\">", "", "Jane Doe")]
    [InlineData("<meta property=\"article:author\" content=\"https://facebook.com/janedoe\">", "<a rel=\"author\" href=\"/a\">Jane Doe</a>", "Jane Doe")]
    [InlineData("", "<div class=\"byline\">By Jane Doe | April 4, 2024</div>", "Jane Doe")]
    [InlineData("", "<span class=\"author\">بقلم: سارة أحمد</span>", "سارة أحمد")]
    public void Author_from_structured_data_meta_and_byline(string head, string body, string expected) =>
        Assert.Equal(expected, Extract(head, body + "<p>Body text.</p>").Author);

    [Fact]
    public void Author_falls_back_to_the_feed_hint() =>
        Assert.Equal("Feed Author", Extract(string.Empty, hints: new FeedHints(Author: "Feed Author")).Author);

    private const string ArabicBody = "<p>أعلنت شركة أوبن إيه آي عن تعيين مدير جديد للأبحاث بعد مغادرة عدد من كبار الباحثين خلال الأشهر الماضية.</p>";
    private const string EnglishBody = "<p>OpenAI announced a new head of research after several senior researchers left in recent months.</p>";

    [Theory]
    [InlineData(" lang=\"ar\"", EnglishBody + ArabicBody, "ar")]
    [InlineData(" lang=\"en-US\"", EnglishBody, "en")]
    [InlineData(" lang=\"en\"", ArabicBody, "ar")]
    [InlineData("", ArabicBody, "ar")]
    [InlineData("", EnglishBody, "en")]
    public void Language_from_declaration_unless_the_script_contradicts_it(string lang, string body, string expected) =>
        Assert.Equal(expected, Extract(string.Empty, body, lang: lang).Language);

    private const string GermanBody = "<p>Die Firma hat am Montag bekannt gegeben, dass der Leiter der Forschung das Unternehmen verlässt und zu einem Konkurrenten wechselt. Er war seit drei Jahren für die Gruppe tätig und wird nach Angaben der Firma durch eine Kollegin ersetzt, die bisher auch im Team war.</p>";

    [Theory]
    [InlineData(" lang=\"fr-FR\"", EnglishBody, "fr")]
    [InlineData(" lang=\"de_DE\"", GermanBody, "de")]
    [InlineData("", GermanBody, "de")]
    [InlineData(" lang=\"en-US\"", GermanBody, "de")]
    [InlineData(" lang=\"und\"", GermanBody, "de")]
    [InlineData("", "<p>تعلن الشركة امروز که مدیر پژوهش این گروه پس از سه سال به یک رقیب می‌پیوندد و یکی از همکاران جای او را می‌گیرد.</p>", "fa")]
    [InlineData("", "<p>这家公司周一宣布，其研究负责人将离开公司并加入竞争对手。他在该集团工作了三年，公司表示将由一位同事接替他的职位。</p>", "zh")]
    [InlineData("", "<p>Компания объявила в понедельник, что руководитель исследований покидает компанию и переходит к конкуренту.</p>", "ru")]
    [InlineData("", "<p>12 345 678</p>", "und")]
    public void Language_other_than_english_and_arabic_is_reported_by_its_own_code(string lang, string body, string expected) =>
        Assert.Equal(expected, Extract(string.Empty, body, lang: lang).Language);

    [Fact]
    public void Language_from_og_locale_and_feed_hint()
    {
        Assert.Equal("ar", Extract("<meta property=\"og:locale\" content=\"ar_AR\">", "<p>x</p>").Language);
        Assert.Equal("ar", Extract(string.Empty, "<p>x</p>", new FeedHints(Language: "ar-SA")).Language);
    }
    [Fact]
    public void Json_ld_organization_author_yields_to_a_visible_byline_and_is_the_fallback()
    {
        const string head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\",\"name\":\"Wire Desk\"}}</script>";

        Assert.Equal("Lina Haddad", Extract(head, "<div class=\"post-author-line\">بقلم Lina Haddad</div><p>Body.</p>").Author);
        Assert.Equal("Wire Desk", Extract(head).Author);
    }

    [Theory]
    [InlineData("<p>By <a href=\"/a/1\" rel=\"author\">Ana Ruiz</a> and <a href=\"/a/2\" rel=\"author\">Ben Cole</a></p>", "Ana Ruiz, Ben Cole")]
    [InlineData("<div class=\"x1\"><p class=\"x2\">By <a href=\"/a/1\">Ana Ruiz</a> and <a href=\"/a/2\">Ben Cole</a></p></div>", "Ana Ruiz, Ben Cole")]
    [InlineData("<div data-testid=\"byline\"><span>By </span><span class=\"Contributor-Name\">Ana Ruiz</span><span>Science editor</span></div>", "Ana Ruiz")]
    [InlineData("<span class=\"Byline-sc-9x\">By Ana Ruiz and Ben Cole</span>", "Ana Ruiz, Ben Cole")]
    public void Visible_bylines_name_every_author(string body, string expected) =>
        Assert.Equal(expected, Extract(string.Empty, body + "<p>Body text.</p>").Author);
}
