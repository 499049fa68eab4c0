using Microsoft.Data.Sqlite;

namespace TalentWatch.Web.Tests.Feeds;

/// <summary>A real terminal feed reader subscribes to the app over HTTP and stores the items.</summary>
[Collection(FeedsGroup.Name)]
public sealed class NewsboatTests(FeedsFixture fixture)
{
    [Fact]
    public async Task Newsboat_subscribes_and_stores_the_items()
    {
        var newsboat = ExternalTools.RequireNewsboat();
        var folder = Directory.CreateTempSubdirectory("talentwatch-newsboat-").FullName;
        try
        {
            var origin = fixture.Client.BaseAddress!.GetLeftPart(UriPartial.Authority);
            var urls = Path.Combine(folder, "urls");
            var config = Path.Combine(folder, "config");
            var cache = Path.Combine(folder, "cache.db");
            await File.WriteAllLinesAsync(urls, [$"{origin}/moves/feed.rss", $"{origin}/feed.atom?lang=ar"]);
            await File.WriteAllLinesAsync(config, ["reload-threads 1", "download-timeout 30", "show-read-feeds yes"]);

            var run = await ExternalTools.RunAsync(newsboat, ["-x", "reload", "-u", urls, "-c", cache, "-C", config], null,
                new Dictionary<string, string> { ["HOME"] = folder, ["XDG_CONFIG_HOME"] = folder, ["XDG_DATA_HOME"] = folder });
            Assert.True(run.ExitCode == 0, $"newsboat exited {run.ExitCode}: {run.Error}{run.Output}");

            var items = new List<(string Feed, string Title, string Guid)>();
            await using (var connection = new SqliteConnection($"Data Source={cache};Mode=ReadOnly;Pooling=False"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT feedurl, title, guid FROM rss_item ORDER BY feedurl, title";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    items.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
                }
            }

            var seed = fixture.Seed;
            var moves = items.Where(i => i.Feed.EndsWith("/moves/feed.rss", StringComparison.Ordinal)).ToList();
            Assert.Equal(
                ["Ethan Knight left Volta AI for Quark Labs", "Lina Haddad joined Volta AI", "Nimbus Robotics is poaching Quark Labs' staff"],
                moves.Select(i => i.Title).Order(StringComparer.Ordinal).ToList());
            Assert.Contains(moves, i => i.Guid == seed.EventId("ethan"));
            // newsboat keys items by guid across all feeds, so the two feeds here share no item (an event's id is the
            // same in every feed that lists it, which is what lets a reader show a move once).
            var arabic = Assert.Single(items, i => i.Feed.EndsWith("/feed.atom?lang=ar", StringComparison.Ordinal));
            Assert.Equal((FeedSeed.ArabicTitle, seed.ArticleId("arabic")), (arabic.Title, arabic.Guid));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
