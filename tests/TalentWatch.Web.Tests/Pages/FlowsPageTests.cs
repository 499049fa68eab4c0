using AngleSharp.Html.Parser;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Pages;

/// <summary>The flow table stays a page, not a dump, when a year of news names tens of thousands of company pairs.</summary>
public class FlowsPageTests
{
    [Fact]
    public async Task The_flow_table_shows_the_largest_200_flows_and_says_how_many_there_are()
    {
        using var app = new TalentWatchApp();
        await app.QueryAsync(async db =>
        {
            var companies = Enumerable.Range(1, 15).Select(i => new Entity { Slug = $"lab-{i}", Kind = EntityKind.Org, Name = $"Lab {i}" }).ToList();
            var article = SeedRows.Article(null, "http://127.0.0.1/moves", "A season of moves", "Researchers moved between labs.", "en",
                new DateTime(2025, 5, 1, 0, 0, 0, DateTimeKind.Utc));
            // Every ordered pair of the 15 labs is one flow (210); the pair of the first two has two moves.
            foreach (var (from, to) in companies.SelectMany(f => companies.Where(t => t != f).Select(t => (f, t))))
            {
                var moves = from == companies[0] && to == companies[1] ? 2 : 1;
                for (var i = 0; i < moves; i++)
                {
                    db.Events.Add(SeedRows.Event(MoveType.Join, null, from, to, article));
                }
            }
            return await db.SaveChangesAsync();
        });
        using var client = app.CreateClient();

        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(new Uri("/flows", UriKind.Relative)));

        var rows = page.QuerySelectorAll(".flow-table tbody tr");
        Assert.Equal(200, rows.Length);
        Assert.Equal(["Lab 1", "Lab 2", "2"], rows[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Contains("The 200 largest of 210 flows", page.QuerySelector(".flow-table + p")?.TextContent, StringComparison.Ordinal);
    }
}
