using TalentWatch.Extraction;

namespace TalentWatch.Tests.Extraction;

/// <summary>
/// Hand-written pages in the layouts big outlets ship today: React/Next.js SSR with hashed class names, Arc XP
/// paragraph divs, Substack, data-component blocks, a large Arabic outlet, a tech site with inline cards, a live
/// blog and AMP. Every body paragraph must survive and no chrome may leak into the text.
/// </summary>
public sealed class ModernLayoutPageTests
{
    [Fact]
    public void NextJs_page_with_hashed_classes_keeps_the_story_and_drops_ads_newsletter_and_more_on()
    {
        var a = Extract("nextjs-news.html", "https://www.dailyledger.example/2024/04/12/technology/ai-researchers-hiring.html");

        Assert.Equal("Inside the Race to Hire A.I. Researchers", a.Title);
        Assert.Equal(new DateTimeOffset(2024, 4, 12, 5, 0, 7, TimeSpan.Zero), a.PublishedAt);
        Assert.Equal("Marcus Webb, Elena Petrova", a.Author);
        Assert.Equal("en", a.Language);
        AssertBody(
            a,
            [
                "When a senior researcher at one of Silicon Valley’s largest labs told her manager in January that she was leaving, the company responded within hours with a counteroffer worth more than $20 million over four years.",
                "She turned it down. Her new employer, a start-up that had not yet shipped a product, had offered even more, along with a promise that she could publish her work.",
                "The episode, described by three people familiar with the negotiations, is a window into an extraordinary contest for a few hundred people who know how to build the largest artificial intelligence systems.",
                "Recruiters say the market has split in two. Most engineers have seen salaries flatten since the layoffs of 2023, while a small group of specialists in training and scaling models can name their price.",
                "“It is the most concentrated labor market I have ever seen,” said Priyanka Desai, a partner at a venture firm who has placed researchers at four labs, adding that a handful of names come up in every search.",
                "A bidding war for talent",
                "Companies have responded by accelerating vesting schedules, offering sabbaticals and, in some cases, buying entire teams. One lab paid more than $600 million last year largely to hire a start-up’s staff, according to two people briefed on the deal.",
                "The competition has also pulled in governments. France and the United Arab Emirates have both courted researchers with funding for new institutes, hoping to build national champions.",
                "Not everyone thinks the spending will last. Several executives said privately that the pay packages assume a pace of progress that may not hold, and that a downturn could leave companies with expensive teams and little to show.",
                "For now, though, the offers keep rising. “Nobody wants to be the company that lost the person who mattered,” Ms. Desai said.",
            ],
            [
                "Skip to", "Advertisement", "SKIP ADVERTISEMENT", "Read more", "Why Researchers Are Leaving", "The Tech Briefing", "inbox",
                "A version of this article appears in print", "Order Reprints", "More on A.I.", "Chip Makers", "Trending", "Bridge Collapse",
                "cookies", "Share full article", "Gift this article", "Subscribe", "Today’s Paper", "Privacy Policy", "By Marcus Webb",
            ]);
    }

    [Fact]
    public void Arc_xp_page_reads_paragraph_divs_and_drops_promo_credits_and_licensing()
    {
        var a = Extract("arcxp-news.html", "https://www.wirewire.example/technology/google-deepmind-robotics-chief-leaves-start-ai-company-2024-03-18/");

        Assert.Equal("Google DeepMind's robotics chief leaves to start AI company, sources say", a.Title);
        Assert.Equal(new DateTimeOffset(2024, 3, 18, 10, 32, 7, TimeSpan.FromHours(-4)), a.PublishedAt);
        Assert.Equal("Krista Halvorsen, Jonah Abiodun", a.Author);
        Assert.Equal("en", a.Language);
        AssertBody(
            a,
            [
                "LONDON, March 18 (Wirewire) - The head of Google DeepMind's robotics research group has left the company to found an artificial intelligence start-up, three people familiar with the matter said on Monday, the latest senior departure from the Alphabet unit.",
                "Ravi Chandrasekar, who joined DeepMind in 2017 and led a team of about 60 researchers working on robots that learn from video, is raising money for a company that will build general-purpose models for machines, the sources said.",
                "The start-up is in talks with investors to raise about $100 million at a valuation of roughly $500 million, two of the people said, asking not to be named because the discussions are private.",
                "Google did not respond to a request for comment. Chandrasekar declined to comment.",
                "His exit comes as labs compete fiercely for researchers who can combine large language models with robotics, a field investors see as the next frontier after chatbots.",
                "Several members of his team are expected to join the new company, according to one of the sources.",
            ],
            [
                "cookies", "Sign In", "Advertisement", "Scroll to continue", "Updated 6 hours ago", "Share", "Purchase Licensing Rights",
                "Item 1 of 2", "Tech Digest", "Sign up here", "Reporting by", "Editing by", "Our Standards", "opens new tab", "Read Next",
                "Nvidia unveils", "Suggested Topics", "Most Popular", "Oil prices", "All quotes delayed",
            ]);
    }

    [Fact]
    public void Substack_post_drops_subscribe_widgets_share_buttons_and_discussion()
    {
        var a = Extract("substack-post.html", "https://frontiernotes.substack.example/p/the-quiet-exodus-from-big-lab-alignment");

        Assert.Equal("The quiet exodus from big-lab alignment teams", a.Title);
        Assert.Equal(new DateTimeOffset(2024, 2, 7, 13, 2, 11, TimeSpan.Zero), a.PublishedAt);
        Assert.Equal("Noor Haddad", a.Author);
        Assert.Equal("en", a.Language);
        AssertBody(
            a,
            [
                "In the space of eighteen months, at least 40 researchers who worked on alignment or safety at the three largest labs have left, by my count from public profiles, conference papers and conversations with a dozen of them.",
                "That number is small next to the thousands of engineers these companies employ. But the people leaving are disproportionately senior, and they are not going to competitors. Most are going to universities, non-profits or very small start-ups.",
                "Why they leave",
                "The reasons people gave me were remarkably consistent. The first is compute: safety teams say they receive a shrinking share of it as product launches take priority.",
                "The second is publication. Several researchers told me that papers on interpretability or evaluation now need sign-off from legal and communications staff, which can take months.",
                "“I spent more time negotiating what I could say than doing the research,” one former team lead told me.",
                "Where they go",
                "The destinations tell their own story. Academic labs in Montreal, Berkeley and Oxford have each hired several of the departing researchers, often at a fraction of their previous pay.",
                "I will keep updating the list as people move. If you have left a lab recently and want to talk, my messages are open.",
            ],
            [
                "Subscribe", "Sign in", "Thanks for reading", "Share", "Leave a comment", "Likes", "Restacks", "Ready for more?",
                "Discussion about this post", "Great piece", "Privacy", "Start Writing", "Get the app", "home for great culture", "Feb 07, 2024", "Link",
            ]);
    }

    [Fact]
    public void Page_built_from_data_component_blocks_drops_byline_links_and_topic_blocks()
    {
        var a = Extract("bbc-like.html", "https://www.northcast.example/news/technology-68790012");

        Assert.Equal("UK AI institute loses fifth senior scientist to US firms", a.Title);
        Assert.Equal(new DateTimeOffset(2024, 4, 12, 10, 21, 37, TimeSpan.Zero), a.PublishedAt);
        Assert.Equal("Hannah Price", a.Author);
        Assert.Equal("en", a.Language);
        AssertBody(
            a,
            [
                "A fifth senior scientist has left the UK's flagship artificial intelligence institute for a job in the United States, Northcast News has learned.",
                "Dr Aisha Okafor, who led the institute's work on evaluating large language models, will join a San Francisco company next month, according to an internal email seen by Northcast.",
                "Her departure follows those of four other senior staff since the summer, all of whom moved to American technology firms offering salaries several times higher.",
                "Pay gap",
                "A spokesperson for the Department for Science, Innovation and Technology said the institute remained \"world-leading\" and had recruited more than 30 researchers this year.",
                "But one former employee, who asked not to be named, said the gap in pay was impossible to bridge. \"You can double your salary by crossing the Atlantic, and your equity might be worth ten times that,\" they said.",
                "Universities have raised similar concerns, warning that PhD students are being recruited by industry before they finish their degrees.",
            ],
            [
                "Skip to content", "cookies", "iPlayer", "Technology reporter", "By Hannah", "12 April 2024", "Share", "Getty Images", "£100m",
                "Read more", "struggling to keep AI talent", "Tech Decoded", "Sign up", "More on this story", "talent visa", "Published",
                "Related topics", "UK economy", "Top stories", "Around Northcast", "Terms of Use", "external linking",
            ]);
    }

    [Fact]
    public void Arabic_outlet_prefers_the_visible_byline_over_an_organization_and_drops_read_also_boxes()
    {
        var a = Extract("arabic-outlet.html", "https://www.almadar.example/news/2024/4/12/google-chief-scientist-leaves");

        Assert.Equal("غوغل تخسر كبير علمائها في الشرق الأوسط لصالح شركة ناشئة إماراتية", a.Title);
        Assert.Equal(new DateTimeOffset(2024, 4, 12, 15, 45, 0, TimeSpan.FromHours(3)), a.PublishedAt);
        Assert.Equal("محمد الشريف", a.Author);
        Assert.Equal("ar", a.Language);
        AssertBody(
            a,
            [
                "أبوظبي – أعلنت شركة ناشئة متخصصة في الذكاء الاصطناعي مقرها أبوظبي، اليوم الجمعة، تعيين الدكتور كريم العطار، كبير العلماء في مكتب غوغل الإقليمي للشرق الأوسط وشمال أفريقيا، رئيسا تنفيذيا للتقنية فيها.",
                "وكان العطار قد أمضى تسع سنوات في غوغل، قاد خلالها فريقا يعمل على نماذج اللغة العربية، وأسهم في تطوير أدوات الترجمة الآلية والتعرف على الكلام باللهجات المحلية.",
                "وقالت الشركة في بيان إن العطار سيقود فريقا يضم أكثر من 80 باحثا ومهندسا، وسيتولى الإشراف على تطوير نموذج لغوي كبير مدرب على بيانات عربية.",
                "وفي تغريدة على منصة إكس، كتب العطار:",
                "منافسة على المواهب",
                "ويأتي هذا التعيين في ظل منافسة متزايدة بين دول الخليج لاستقطاب الكفاءات في مجال الذكاء الاصطناعي، إذ تقدم الإمارات والسعودية حوافز مالية وتأشيرات طويلة الأمد للباحثين.",
                "ولم ترد غوغل على طلب للتعليق، لكن متحدثا باسم الشركة قال في وقت سابق إنها ملتزمة بالاستثمار في المنطقة وتوسيع فرقها المحلية.",
                "ويرى خبراء أن انتقال العطار قد يشجع باحثين عربا آخرين يعملون في شركات التقنية العالمية على العودة إلى المنطقة، مع توفر التمويل والبنية التحتية اللازمة.",
            ],
            [
                "بث مباشر", "عاجل", "مجلس الأمن", "بقلم", "نُشر في", "آخر تحديث", "بتوقيت", "شارك", "فيسبوك", "رويترز", "اقرأ أيضًا", "اقرأ أيضا",
                "مايكروسوفت تستثمر", "صندوقا بقيمة", "مركز لأبحاث", "إعلان", "النشرة البريدية", "المصدر", "الكلمات الدالة", "مواضيع ذات صلة",
                "نموذجا لغويا عربيا", "التعليقات", "الأكثر قراءة", "ملفات تعريف الارتباط", "جميع الحقوق",
            ]);
        Assert.Contains(a.Paragraphs, p => p.StartsWith("فخور بالانضمام إلى فريق", StringComparison.Ordinal));
    }

    [Fact]
    public void Tech_site_reads_the_visible_date_and_byline_and_drops_related_cards_and_author_bio()
    {
        var a = Extract("tech-site.html", "https://circuitry.example/2024/04/12/apple-on-device-ai-head-leaves-robotics-startup/");

        Assert.Equal("Apple’s head of on-device AI is leaving for a robotics start-up", a.Title);
        Assert.Equal(new DateTimeOffset(2024, 4, 12, 9, 30, 0, TimeSpan.FromHours(-7)), a.PublishedAt);
        Assert.Equal("Emma Lindqvist, David Okoro", a.Author);
        Assert.Equal("en", a.Language);
        AssertBody(
            a,
            [
                "Apple’s senior director of on-device machine learning, Wen-Li Park, is leaving the company to join a robotics start-up, according to two people with knowledge of the move.",
                "Park joined Apple in 2019 from a self-driving car company and oversaw the teams that compress large models so they can run on iPhones without a network connection.",
                "The start-up, which has not been publicly named, is building software that lets humanoid robots learn household tasks from a small number of demonstrations. It raised $70 million in February.",
                "Apple did not immediately respond to a request for comment. Park did not reply to a message sent on LinkedIn.",
                "Her departure follows those of several other AI leaders at the company over the past year, including members of the team behind the foundation models that power Apple’s writing tools.",
                "The company is expected to unveil new AI features at its developer conference in June, and people familiar with its plans say it is still hiring aggressively for on-device work.",
            ],
            [
                "Subscribe", "Reviews", "Entertainment", "By Emma", "Apr 12, 2024", "Share", "Illustration by", "Related", "cancels its electric car",
                "quietly bought", "Command Line", "Sign Up", "reCAPTCHA", "senior reporter covering", "See all stories", "Comments", "Most Popular",
                "best laptop", "More from Circuitry", "Notepad", "All rights reserved", "cookies",
            ]);
    }

    [Fact]
    public void Live_blog_keeps_every_update_and_drops_key_events_timestamps_and_pagination()
    {
        var a = Extract("live-blog.html", "https://www.thecourier.example/technology/live/2024/may/22/ai-safety-summit-day-two-live");

        Assert.Equal("AI safety summit day two: labs sign hiring pledge – live updates", a.Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 22, 9, 1, 44, TimeSpan.FromHours(1)), a.PublishedAt);
        Assert.Equal("Leah Morrison, Tomasz Nowak", a.Author);
        Assert.Equal("en", a.Language);
        AssertBody(
            a,
            [
                "Fourteen AI companies have signed a pledge to second safety researchers to government institutes for up to a year, the summit’s organisers have just announced.",
                "The signatories include the three largest US labs and two Chinese firms, though several smaller start-ups declined, saying they could not spare staff.",
                "University leaders used a lunchtime session to complain that industry is hiring PhD students before they finish, with one vice-chancellor calling it “a slow-motion raid on public science”.",
                "Officials said the new pledge was partly a response to those concerns, and that a second agreement on academic hiring would follow in the autumn.",
                "Good morning and welcome to our live coverage of the second day of the AI safety summit, where governments and companies are expected to agree on how to share scarce research talent.",
                "The host government has promised “concrete commitments” by the end of the day, after the first day ended without a joint statement.",
            ],
            [
                "Skip to", "Support us", "Opinion", "(now)", "Share", "Key events", "4h ago", "Show key events only", "JavaScript", "Newest", "Oldest",
                "16.32 BST", "Updated at", "Older posts", "1 of 4", "Most viewed", "Heatwave", "Before you go", "support our journalism",
                "Complaints", "cookies",
            ]);
        Assert.Contains(a.Paragraphs, p => p.StartsWith("Spoke to the summit today", StringComparison.Ordinal));
    }

    [Fact]
    public void Amp_page_drops_amp_chrome_and_keeps_the_embedded_tweet()
    {
        var a = Extract("amp-article.html", "https://www.deccanledger.example/amp/technology/infosys-ai-research-head-joins-microsoft-bengaluru-lab-101712917400123.html");

        Assert.Equal("Infosys AI research head joins Microsoft's Bengaluru lab", a.Title);
        Assert.Equal("https://www.deccanledger.example/technology/infosys-ai-research-head-joins-microsoft-bengaluru-lab-101712917400123.html", a.CanonicalUrl);
        Assert.Equal(new DateTimeOffset(2024, 4, 12, 16, 20, 0, TimeSpan.FromHours(5.5)), a.PublishedAt);
        Assert.Equal("Ananya Iyer", a.Author);
        Assert.Equal("en", a.Language);
        AssertBody(
            a,
            [
                "Infosys's head of artificial intelligence research, Suresh Venkataraman, has quit the IT services company to join Microsoft's research lab in Bengaluru, people aware of the matter said on Friday.",
                "Venkataraman, who spent 14 years at Infosys and built its applied AI division from a team of five to more than 400 engineers, will lead a new group working on speech and language models for Indian languages.",
                "An Infosys spokesperson confirmed his departure and said the company had \"a strong bench of AI leaders\" who would take over his responsibilities.",
                "Microsoft announced plans earlier this year to expand its Indian research operations, which already employ several hundred scientists, with a focus on multilingual and low-resource AI.",
                "The move comes amid a hiring war among global technology companies for senior AI talent in India, where salaries for experienced researchers have risen by about 40% over the last two years, according to recruiters.",
            ],
            [
                "cookies", "I Agree", "Cricket", "Download the Deccan Ledger app", "Menu", "E-Paper", "Advertisement", "Home", "By Ananya",
                "Updated on", "Reuters file photo", "Also Read", "TCS names", "Ad could not be loaded", "Topics", "Top Stories", "Sensex",
                "Trending Now", "About Us", "Copyright",
            ]);
        Assert.Contains(a.Paragraphs, p => p.StartsWith("Excited to start a new chapter", StringComparison.Ordinal));
    }

    private static ExtractedArticle Extract(string page, string url) => ArticleExtractor.Extract(TestPages.Load(page), new Uri(url));

    private static void AssertBody(ExtractedArticle a, string[] paragraphs, string[] junk)
    {
        foreach (var p in paragraphs)
        {
            Assert.Contains(p, a.Paragraphs);
        }

        foreach (var j in junk)
        {
            Assert.DoesNotContain(j, a.Text, StringComparison.Ordinal);
        }
    }
}
