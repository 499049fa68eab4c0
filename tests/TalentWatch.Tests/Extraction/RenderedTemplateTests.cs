using TalentWatch.Extraction;

namespace TalentWatch.Tests.Extraction;

/// <summary>One page from each site template of the evaluation renderer, with the hints its feed would give.</summary>
public sealed class RenderedTemplateTests
{
    private const string SeedTitle = "صراع مواهب الذكاء الاصطناعي يشتد.. ماسك يرفع رواتب مهندسي تسلا لصد أوبن إيه آي";
    private const string TeslaTitle = "Tesla deliveries fall for the first time in nearly four years as BYD closes in";
    private static readonly DateTimeOffset SeedPublished = new(2024, 4, 4, 12, 0, 0, TimeSpan.FromHours(3));
    private static readonly DateTimeOffset TeslaPublished = new(2024, 4, 2, 13, 15, 0, TimeSpan.FromHours(-4));

    private static readonly string[] ArabicBoilerplate =
    [
        "اقرأ أيضًا", "كيف هيمن سام ألتمان على سوق الذكاء الاصطناعي", "الأكثر قراءة", "جميع الحقوق محفوظة", "وسوم",
        "مقال رائع", "فريق التحرير", "الرئيسية", "بقلم", "فيسبوك",
    ];

    private static readonly string[] EnglishBoilerplate =
    [
        "Read more", "The best electric cars you can buy right now", "Most read", "All rights reserved", "Topics:",
        "We use cookies", "Great piece", "newsletter", "Sign up", "Share", "Podcasts", "FOR IMMEDIATE RELEASE",
        "Forward-looking statements", "Media contact", "About the company",
    ];

    [Theory]
    [InlineData("arabtech", 0)]
    [InlineData("gulfbiz", 1256)]
    [InlineData("arabwire", 0)]
    public void Arabic_templates_yield_headline_date_language_and_clean_body(string site, int codePage)
    {
        var html = TestPages.Load($"rendered-{site}.html", codePage);
        var url = new Uri("http://127.0.0.1:31000/2024/04/musk-altman-ai-talent-war/");
        var hints = site == "gulfbiz" ? FeedHints.None : new FeedHints(SeedTitle, SeedPublished, Language: "ar");

        var a = ArticleExtractor.Extract(html, url, hints);

        Assert.Equal(SeedTitle, a.Title);
        Assert.Equal(SeedPublished, a.PublishedAt);
        Assert.Equal(SeedPublished.Offset, a.PublishedAt!.Value.Offset);
        Assert.Equal("ar", a.Language);
        Assert.StartsWith("في الوقت الذي اشتد فيه صراع بين عمالقة التكنولوجيا", a.Paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("المنافسة على مواهب الذكاء الاصطناعي", a.Paragraphs);
        Assert.Contains(a.Paragraphs, p => p.StartsWith("وكان ماسك في السابق من الداعمين الرئيسيين", StringComparison.Ordinal));
        Assert.Contains(a.Paragraphs, p => p.Contains("Tesla is increasing comp", StringComparison.Ordinal));
        foreach (var junk in ArabicBoilerplate)
        {
            Assert.DoesNotContain(junk, a.Text, StringComparison.Ordinal);
        }

        if (site != "arabwire")
        {
            Assert.Equal("فريق التحرير", a.Author);
        }
    }

    [Fact]
    public void Wiretech_template_with_arabic_body_is_arabic_despite_lang_en()
    {
        var html = TestPages.Load("rendered-wiretech.html");

        var a = ArticleExtractor.Extract(html, new Uri("http://127.0.0.1:31005/2024/04/musk-altman-ai-talent-war-x/"));

        Assert.Equal("ar", a.Language);
        Assert.Equal(SeedTitle, a.Title);
        Assert.Equal(SeedPublished, a.PublishedAt);
        Assert.Equal("فريق التحرير", a.Author);
        Assert.DoesNotContain("Most read", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("By ", a.Paragraphs[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("devblog")]
    [InlineData("pressroom")]
    public void English_templates_yield_headline_date_and_clean_body(string site)
    {
        var html = TestPages.Load($"rendered-{site}.html");
        // pressroom only says "2024-04-02" on the page; its news sitemap carries the full timestamp.
        var hints = new FeedHints(TeslaTitle, TeslaPublished, Language: "en");

        var a = ArticleExtractor.Extract(html, new Uri("http://127.0.0.1:31002/2024/04/tesla-q1-2024-deliveries-fall/?utm_source=rss"), hints);

        Assert.Equal(TeslaTitle, a.Title);
        Assert.Equal(TeslaPublished, a.PublishedAt);
        Assert.Equal(TeslaPublished.Offset, a.PublishedAt!.Value.Offset);
        Assert.Equal("en", a.Language);
        Assert.StartsWith("http://127.0.0.1:", a.CanonicalUrl, StringComparison.Ordinal);
        Assert.EndsWith("/2024/04/tesla-q1-2024-deliveries-fall/", a.CanonicalUrl, StringComparison.Ordinal);
        Assert.StartsWith("Tesla delivered 386,810 vehicles", a.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("Tesla will report its first-quarter financial results later this month.", a.Paragraphs[^1]);
        Assert.Contains("BYD closes in", a.Paragraphs);
        Assert.Contains("Tesla's first-quarter deliveries fell 8.5% from a year earlier, far below what analysts expected.", a.Paragraphs);
        foreach (var junk in EnglishBoilerplate)
        {
            Assert.DoesNotContain(junk, a.Text, StringComparison.Ordinal);
        }

        if (site == "devblog")
        {
            Assert.Equal("Devblog staff", a.Author);
        }
    }

    [Fact]
    public void Date_only_page_without_feed_hint_keeps_the_day()
    {
        var html = TestPages.Load("rendered-pressroom.html");

        var a = ArticleExtractor.Extract(html, new Uri("http://127.0.0.1:31004/2024/04/tesla-q1-2024-deliveries-fall/"));

        Assert.Equal(new DateTimeOffset(2024, 4, 2, 0, 0, 0, TimeSpan.Zero), a.PublishedAt);
    }

    [Fact]
    public void Page_timestamp_with_time_wins_over_feed_hint()
    {
        var html = TestPages.Load("rendered-devblog.html");
        var wrongFeedTime = new DateTimeOffset(2024, 4, 3, 8, 0, 0, TimeSpan.Zero);

        var a = ArticleExtractor.Extract(html, new Uri("http://127.0.0.1:31002/x/"), new FeedHints(PublishedAt: wrongFeedTime));

        Assert.Equal(TeslaPublished, a.PublishedAt);
    }
}
