using TalentWatch.Extraction;

namespace TalentWatch.Tests.Extraction;

/// <summary>Hand-written pages in layouts the renderer does not produce: WordPress, an Arabic and an English news site.</summary>
public sealed class RealisticPageTests
{
    [Fact]
    public void WordPress_post_drops_comments_share_related_and_widgets()
    {
        var html = TestPages.Load("wordpress-blog.html");

        var a = ArticleExtractor.Extract(html, new Uri("https://ailedger.example.com/2024/05/brain-researcher-joins-mistral/?utm_source=x"));

        Assert.Equal("Former Google Brain researcher joins Mistral as chief scientist", a.Title);
        Assert.Equal("https://ailedger.example.com/2024/05/brain-researcher-joins-mistral/", a.CanonicalUrl);
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 11, 12, 33, TimeSpan.FromHours(2)), a.PublishedAt);
        Assert.Equal(TimeSpan.FromHours(2), a.PublishedAt!.Value.Offset);
        Assert.Equal("Priya Raman", a.Author);
        Assert.Equal("en", a.Language);
        Assert.StartsWith("Paris-based Mistral AI has hired Dr. Lena Hoffmann", a.Paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("Why Hoffmann left Google", a.Paragraphs);
        Assert.Contains("What the hire means for Europe", a.Paragraphs);
        Assert.Contains("I have spent eleven wonderful years at Google, but the frontier is now being pushed by small teams that move fast.", a.Paragraphs);
        Assert.Contains("the decision by several Meta researchers to join H Company, a Paris startup, in March.", a.Paragraphs);
        Assert.StartsWith("Investors say the flow of talent", a.Paragraphs[^1], StringComparison.Ordinal);
        foreach (var junk in new[]
        {
            "Skip to content", "Posted on", "Related", "Mistral raises $600 million", "Share this", "Twitter", "The DeepMind exodus",
            "Tagged", "Previous:", "thoughts on", "Big win for Mistral", "Leave a Reply", "Recent Posts", "Newsletter",
            "Proudly powered", "Photo:", "Notes on the business",
        })
        {
            Assert.DoesNotContain(junk, a.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Arabic_news_site_drops_read_also_newsletter_related_and_most_read()
    {
        var html = TestPages.Load("arabic-news-site.html");
        var feedTime = new DateTimeOffset(2025, 7, 9, 14, 20, 0, TimeSpan.FromHours(4));

        var a = ArticleExtractor.Extract(html, new Uri("https://www.gulftech.example/tech/2025/07/meta-hires-apple-researchers"), new FeedHints(PublishedAt: feedTime));

        Assert.Equal("ميتا تستقطب باحثين من أبل لتعزيز مختبر الذكاء الفائق", a.Title);
        Assert.Equal("https://www.gulftech.example/tech/2025/07/meta-hires-apple-researchers", a.CanonicalUrl);
        Assert.Equal(feedTime, a.PublishedAt);
        Assert.Equal("سارة المنصوري", a.Author);
        Assert.Equal("ar", a.Language);
        Assert.StartsWith("واصلت شركة ميتا (Meta) حملتها", a.Paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("عروض مالية غير مسبوقة", a.Paragraphs);
        Assert.Contains(a.Paragraphs, p => p.StartsWith("«المنافسة على المواهب أصبحت أشرس", StringComparison.Ordinal));
        Assert.StartsWith("ولم تعلق أبل ولا ميتا", a.Paragraphs[^1], StringComparison.Ordinal);
        foreach (var junk in new[]
        {
            "إقرأ أيضاً", "أبل تخسر رئيس فريق", "شاهد أيضا", "النشرة البريدية", "أخبار ذات صلة", "الأكثر قراءة", "سعر الذهب",
            "التعليقات", "خبر مهم جداً", "الكلمات المفتاحية", "جميع الحقوق", "فيسبوك", "بقلم", "14:20", "مقر شركة ميتا",
        })
        {
            Assert.DoesNotContain(junk, a.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void News_site_joins_split_body_and_drops_ads_signup_and_related()
    {
        var html = TestPages.Load("english-news-site.html");

        var a = ArticleExtractor.Extract(html, new Uri("https://www.gbdaily.example/technology/openai-loses-head-of-applied-research-2024-10-02/?taid=abc#top"));

        Assert.Equal("OpenAI loses head of applied research to Anthropic", a.Title);
        Assert.Equal("https://www.gbdaily.example/technology/openai-loses-head-of-applied-research-2024-10-02/", a.CanonicalUrl);
        Assert.Equal(new DateTimeOffset(2024, 10, 2, 7, 45, 0, TimeSpan.FromHours(-4)), a.PublishedAt);
        Assert.Equal("Daniel Ortiz, Mei Lin", a.Author);
        Assert.Equal("en", a.Language);
        Assert.Contains(a.Paragraphs, p => p.StartsWith("SAN FRANCISCO, Oct 2 - OpenAI's head of applied research", StringComparison.Ordinal));
        Assert.Contains(a.Paragraphs, p => p.StartsWith("His exit follows those of chief technology officer", StringComparison.Ordinal));
        Assert.Equal("\"We are thrilled to welcome Tomás,\" Anthropic co-founder Jared Kaplan said in a statement.", a.Paragraphs[^1]);
        foreach (var junk in new[]
        {
            "cookies", "Advertisement", "Read more", "Murati leaves in surprise exit", "Sign up here", "Technology Roundup",
            "Related coverage", "Most Popular", "Oil jumps", "Our Standards", "World", "Updated 2 hours ago", "All quotes delayed",
        })
        {
            Assert.DoesNotContain(junk, a.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Paragraphs_are_whitespace_collapsed_and_unique()
    {
        const string html = """
            <html><head><title>Lab hires again | Site</title></head><body><article>
            <h1>Lab hires again</h1>
            <p>The   lab hired   another
               researcher from a rival, the third this month, people said.</p>
            <p>The   lab hired another researcher from a rival, the third this month, people said.</p>
            <p>It did not say how much it paid, but offers in the field now exceed ten million dollars.</p>
            </article></body></html>
            """;

        var a = ArticleExtractor.Extract(html, new Uri("https://example.com/a"));

        Assert.Equal("Lab hires again", a.Title);
        Assert.Equal(
            ["The lab hired another researcher from a rival, the third this month, people said.", "It did not say how much it paid, but offers in the field now exceed ten million dollars."],
            a.Paragraphs);
        Assert.Equal(a.Paragraphs[0] + "\n\n" + a.Paragraphs[1], a.Text);
    }

    [Fact]
    public void WebForms_page_wrapped_in_one_form_keeps_its_article()
    {
        const string html = """
            <html><body><form id="aspnetForm" method="post" action="./story.aspx">
            <input type="hidden" name="__VIEWSTATE" value="abc">
            <div class="menu"><a href="/">Home</a> <a href="/news">News</a></div>
            <div id="story" class="hidden-xs-up-print col-md-8">
            <h1>Regional bank names new AI chief</h1>
            <p>The bank appointed a former cloud executive, who spent a decade building machine learning teams, as its first chief AI officer.</p>
            <p>She will report to the chief executive and oversee about 200 engineers, data scientists and analysts across the group.</p>
            </div>
            <div class="newsletter"><p>Subscribe to our daily briefing for the latest regional banking news and analysis.</p><input type="email"></div>
            </form></body></html>
            """;

        var a = ArticleExtractor.Extract(html, new Uri("https://bank.example/story.aspx?id=5"));

        Assert.Equal(2, a.Paragraphs.Count);
        Assert.StartsWith("The bank appointed a former cloud executive", a.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("https://bank.example/story.aspx?id=5", a.CanonicalUrl);
    }

    [Fact]
    public void Text_separated_by_double_line_breaks_becomes_paragraphs()
    {
        const string html = """
            <html><body><div class="nav"><a href="/">Home</a></div><div id="text">
            The first paragraph of an old-style page, written without p tags, names the company and the hire.<br><br>
            The second paragraph, also without tags, explains why the engineer left, and where she is going next.<br><br>
            <a href="/more">More news</a>
            </div></body></html>
            """;

        var a = ArticleExtractor.Extract(html, new Uri("https://old.example/1"));

        Assert.Equal(
            ["The first paragraph of an old-style page, written without p tags, names the company and the hire.", "The second paragraph, also without tags, explains why the engineer left, and where she is going next."],
            a.Paragraphs);
    }

    [Fact]
    public void Press_release_drops_release_line_about_section_and_contacts()
    {
        const string html = """
            <html lang="en"><head><title>Acme Robotics appoints Dana Lee as Chief AI Officer - Acme Newsroom</title>
            <meta name="date" content="2024-06-03"></head><body><div class="release">
            <h1>Acme Robotics appoints Dana Lee as Chief AI Officer</h1>
            <p><strong>FOR IMMEDIATE RELEASE</strong></p>
            <p>BOSTON, June 3, 2024 /PRNewswire/ -- Acme Robotics, a maker of warehouse automation systems, today announced that Dana Lee, formerly a director of research at a large search company, has joined as Chief AI Officer.</p>
            <h2>About face on autonomy</h2>
            <p>Lee will lead a new group of 80 engineers focused on autonomy, perception and planning, and will report to the chief executive.</p>
            <p>"Dana has built some of the most capable robotics teams in the industry," the chief executive said in a statement.</p>
            <p>The appointment follows a $120 million funding round led by growth investors earlier this year.</p>
            <h3>About Acme Robotics</h3>
            <p>Acme Robotics builds autonomous mobile robots for warehouses and factories. Founded in 2016, it has offices in Boston and Berlin.</p>
            <p>Forward-Looking Statements: This press release contains forward-looking statements that involve risks and uncertainties.</p>
            <p>Media Contact: Jo Smith, press@acme.example, +1 555 0100</p>
            <p>###</p>
            </div></body></html>
            """;
        var feed = new DateTimeOffset(2024, 6, 3, 8, 0, 0, TimeSpan.FromHours(-4));

        var a = ArticleExtractor.Extract(html, new Uri("https://acme.example/news/dana-lee"), new FeedHints(PublishedAt: feed));

        Assert.Equal("Acme Robotics appoints Dana Lee as Chief AI Officer", a.Title);
        Assert.Equal(feed, a.PublishedAt);
        Assert.StartsWith("BOSTON, June 3, 2024 /PRNewswire/ -- Acme Robotics", a.Paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("About face on autonomy", a.Paragraphs);
        Assert.Equal("The appointment follows a $120 million funding round led by growth investors earlier this year.", a.Paragraphs[^1]);
        foreach (var junk in new[] { "FOR IMMEDIATE RELEASE", "About Acme Robotics", "builds autonomous mobile robots", "Forward-Looking", "Media Contact", "###" })
        {
            Assert.DoesNotContain(junk, a.Text, StringComparison.Ordinal);
        }
    }
}
