using Microsoft.AspNetCore.Http;

namespace TalentWatch.Web.Tests.Infrastructure;

/// <summary>
/// A local news site of 16 stories: eight hires of catalogued people, each reported twice on different days, listed
/// by an RSS feed that answers conditional GETs (ETag) like a real one, so a feed read twice unchanged gets 304.
/// </summary>
public static class HiringNewsSite
{
    public const int Stories = 16;
    public const int Hires = 8;

    private static readonly (string Person, string Company)[] People =
    [
        ("Jan Leike", "Anthropic"), ("John Schulman", "Anthropic"), ("Lucas Beyer", "Meta"), ("Alexander Kolesnikov", "Meta"),
        ("Xiaohua Zhai", "Meta"), ("Ruoming Pang", "Meta"), ("Daniel Gross", "Meta"), ("Nat Friedman", "Meta"),
    ];

    private static readonly DateTimeOffset FirstDay = new(2024, 4, 1, 9, 0, 0, TimeSpan.Zero);

    /// <param name="articleDelay">How long each article page takes to answer, so a test can stop the app mid-run.</param>
    public static async Task<NewsSite> StartAsync(TimeSpan articleDelay = default)
    {
        var site = await NewsSite.StartAsync();
        for (var i = 0; i < Stories; i++)
        {
            var html = Article(i);
            site.Route(StoryPath(i), async context =>
            {
                if (articleDelay > TimeSpan.Zero)
                {
                    await Task.Delay(articleDelay, context.RequestAborted);
                }
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(html, context.RequestAborted);
            });
        }
        Feed(site, "/feed.xml", Enumerable.Range(0, Stories));
        return site;
    }

    /// <summary>The site's feed as the one configured source "wire", for an app process; scheduled or CLI-only.</summary>
    public static Dictionary<string, string?> Settings(NewsSite site, bool scheduled) => new()
    {
        ["TalentWatch:Sources:0:Name"] = "wire",
        ["TalentWatch:Sources:0:Kind"] = "rss",
        ["TalentWatch:Sources:0:Url"] = site.Url("/feed.xml").AbsoluteUri,
        ["TalentWatch:Scraper:Enabled"] = scheduled ? "true" : "false",
    };

    public static string StoryPath(int story) => $"/news/{story + 1}/";

    /// <summary>Serves an RSS feed of the given stories, newest first, with an ETag and 304 on If-None-Match.</summary>
    public static void Feed(NewsSite site, string path, IEnumerable<int> stories)
    {
        var xml = SamplePages.Rss([.. stories.OrderByDescending(i => i).Select(i => (site.Url(StoryPath(i)), Title(i), FirstDay.AddDays(i)))]);
        var etag = $"\"{(uint)xml.GetHashCode(StringComparison.Ordinal):x8}\"";
        site.Route(path, context =>
        {
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            return context.Response.WriteAsync(xml);
        });
    }

    private static string Title(int story)
    {
        var (person, company) = People[story % Hires];
        return story < Hires ? $"{person} joins {company}" : $"{company} confirms it hired {person}";
    }

    private static string Article(int story)
    {
        var (person, company) = People[story % Hires];
        var lead = story < Hires
            ? $"{person} has joined {company}, the company said in a statement."
            : $"{company} confirmed that {person} has joined the company to work on its artificial intelligence models.";
        return SamplePages.Article(Title(story), FirstDay.AddDays(story), [lead, SamplePages.Paragraphs(person)]);
    }
}
