using TalentWatch.Fetching;

namespace TalentWatch.Tests.Fetching;

public sealed class RobotsRulesTests
{
    private static RobotsRules Parse(string content) => RobotsRules.Parse(content, "TalentWatch");

    [Fact]
    public void Empty_file_allows_everything() => Assert.True(Parse("").IsAllowed("/anything"));

    [Fact]
    public void Disallow_root_blocks_everything_but_robots_txt()
    {
        var rules = Parse("User-agent: *\nDisallow: /\n");

        Assert.False(rules.IsAllowed("/"));
        Assert.False(rules.IsAllowed("/news/1"));
        Assert.True(rules.IsAllowed(new Uri("https://example.com/robots.txt")));
    }

    [Fact]
    public void Our_group_replaces_the_star_group()
    {
        var rules = Parse("""
            User-agent: *
            Disallow: /private

            User-agent: talentwatch/2.0
            Disallow: /drafts
            """);

        Assert.True(rules.IsAllowed("/private/1"));
        Assert.False(rules.IsAllowed("/drafts/1"));
    }

    [Fact]
    public void Other_products_and_longer_names_are_not_us()
    {
        var rules = Parse("""
            User-agent: TalentWatchBot
            Disallow: /

            User-agent: Googlebot
            Disallow: /
            """);

        Assert.True(rules.IsAllowed("/news"));
    }

    [Fact]
    public void Consecutive_user_agent_lines_share_rules_and_repeated_groups_merge()
    {
        var rules = Parse("""
            User-agent: other
            User-agent: TalentWatch
            Disallow: /a

            User-agent: TalentWatch
            Disallow: /b
            """);

        Assert.False(rules.IsAllowed("/a"));
        Assert.False(rules.IsAllowed("/b"));
        Assert.True(rules.IsAllowed("/c"));
    }

    [Fact]
    public void Longest_match_wins_and_allow_wins_ties()
    {
        var rules = Parse("""
            User-agent: *
            Disallow: /news
            Allow: /news/public
            Allow: /tie
            Disallow: /tie
            """);

        Assert.False(rules.IsAllowed("/news/secret"));
        Assert.True(rules.IsAllowed("/news/public/1"));
        Assert.True(rules.IsAllowed("/tie"));
    }

    [Fact]
    public void Wildcards_and_end_anchor()
    {
        var rules = Parse("""
            User-agent: *
            Disallow: /*.pdf$
            Disallow: /*?sessionid=
            Disallow: /a*b*c
            """);

        Assert.False(rules.IsAllowed("/files/report.pdf"));
        Assert.True(rules.IsAllowed("/files/report.pdf?download=1"));
        Assert.False(rules.IsAllowed("/page?sessionid=42"));
        Assert.True(rules.IsAllowed("/page?id=42"));
        Assert.False(rules.IsAllowed("/axxbyyc/z"));
        Assert.True(rules.IsAllowed("/axxcyyb"));
    }

    [Fact]
    public void Empty_disallow_comments_crlf_and_case_are_tolerated()
    {
        var rules = Parse("# header\r\nUSER-AGENT: *   # everyone\r\nDISALLOW:\r\ndisallow: /x # no\r\nSitemap: https://e.com/s.xml\r\nnonsense line\r\n");

        Assert.True(rules.IsAllowed("/"));
        Assert.False(rules.IsAllowed("/x/1"));
    }

    [Fact]
    public void Rules_before_any_user_agent_are_ignored() =>
        Assert.True(Parse("Disallow: /\nUser-agent: *\nAllow: /\n").IsAllowed("/x"));

    [Fact]
    public void Raw_utf8_patterns_match_percent_encoded_paths()
    {
        var rules = Parse("User-agent: *\nDisallow: /أخبار\n");

        Assert.False(rules.IsAllowed(new Uri("https://example.com/أخبار/1")));
        Assert.False(rules.IsAllowed("/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/2"));
        Assert.True(rules.IsAllowed(new Uri("https://example.com/news")));
    }

    [Fact]
    public void Sitemap_lines_are_kept_in_order_whatever_group_they_sit_in()
    {
        var rules = Parse("""
            Sitemap: https://example.com/sitemap_index.xml
            User-agent: Googlebot
            Disallow: /
            sitemap:  /news-sitemap.xml   # relative, resolved by the fetcher
            Sitemap:
            """);

        Assert.Equal(["https://example.com/sitemap_index.xml", "/news-sitemap.xml"], rules.Sitemaps);
        Assert.True(rules.IsAllowed("/news"));
    }
}
