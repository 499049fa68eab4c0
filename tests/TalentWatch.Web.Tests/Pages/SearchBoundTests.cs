using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;
using TalentWatch.Web.Pages.Search;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Pages;

/// <summary>
/// Search ranks the newest matches only (as many as a reader can page through), so a broad query never scores and
/// sorts every match in a large archive: within them the best match leads, older ones are out of reach.
/// </summary>
public class SearchBoundTests
{
    private static Article NewArticle(int sourceId, int i, string title, string text) => new()
    {
        SourceId = sourceId,
        Url = $"https://wire.example/{i}",
        Title = title,
        Language = "en",
        Text = text,
        FetchedAt = DateTime.UtcNow,
        SortAt = DateTime.UtcNow.AddMinutes(i),
        Relevant = true,
        Relevance = 1,
    };

    [Fact]
    public async Task Only_the_newest_matches_are_ranked_and_the_best_of_them_leads()
    {
        using var app = new TalentWatchApp();
        using var client = app.CreateClient();
        var (oldBest, newBest) = await app.QueryAsync(async db =>
        {
            var source = new Source { Name = "wire", Kind = SourceKind.Rss, Url = "https://wire.example/feed.xml" };
            db.Sources.Add(source);
            await db.SaveChangesAsync();
            // The oldest article is the best match of all: the word in its title and all through its text.
            var oldest = NewArticle(source.Id, 0, "Zebra zebra zebra", "Zebra zebra zebra zebra.");
            db.Articles.Add(oldest);
            await db.SaveChangesAsync();
            for (var i = 1; i <= IndexModel.RankedMatches; i++)
            {
                db.Articles.Add(i == IndexModel.RankedMatches / 2
                    ? NewArticle(source.Id, i, "Zebra zebra", "Zebra zebra zebra.")
                    : NewArticle(source.Id, i, $"Story {i}", $"A long report about many things, among them one zebra, and more words {i}."));
            }

            await db.SaveChangesAsync();
            var best = await db.Articles.Where(a => a.Title == "Zebra zebra").Select(a => a.Id).SingleAsync();
            return (oldest.Id, best);
        });

        var first = await IdsAsync(client, "/search?q=zebra");
        var all = new List<long>();
        for (var page = 1; page <= 60; page++)
        {
            var ids = await IdsAsync(client, $"/search?q=zebra&page={page}");
            if (ids.Count == 0)
            {
                break;
            }

            all.AddRange(ids);
        }

        Assert.Equal(newBest, first[0]);
        Assert.Equal(IndexModel.PageSize, first.Count);
        Assert.DoesNotContain(oldBest, all);
        Assert.Equal(IndexModel.RankedMatches, all.Distinct().Count());
    }

    private static async Task<List<long>> IdsAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var page = await new HtmlParser().ParseDocumentAsync(html);
        return [.. page.QuerySelectorAll("main [data-kind='article']").Select(e => long.Parse(e.GetAttribute("data-id")!, System.Globalization.CultureInfo.InvariantCulture))];
    }
}
