using Microsoft.Data.Sqlite;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Cli;

/// <summary>`scrape --once` started with other settings than the server's never records its own refusals on the server's sources.</summary>
public sealed class ScrapeCommandTests
{
    [Fact]
    public async Task A_source_this_process_may_not_reach_is_left_as_the_server_left_it()
    {
        await using var site = await HiringNewsSite.StartAsync();
        // The server reaches the local site (private networks allowed); its run leaves the source ok.
        await using var server = new AppProcess(HiringNewsSite.Settings(site, scheduled: false));
        Assert.Equal(0, await server.RunAsync(["scrape", "--once"]));
        var before = SourceState(server.DatabasePath);
        // The same database, a command line without that setting.
        await using var tool = new AppProcess(new Dictionary<string, string?>
        {
            ["ConnectionStrings:TalentWatch"] = $"Data Source={server.DatabasePath}",
            ["TalentWatch:Scraper:AllowPrivateNetworks"] = "false",
        });

        var exit = await tool.RunAsync(["scrape", "--once"]);

        Assert.Equal(0, exit);
        Assert.Contains("wire: not run, and left as it was: 127.0.0.1 is a loopback address", tool.Output, StringComparison.Ordinal);
        Assert.Contains("TalentWatch:Scraper:AllowPrivateNetworks", tool.Output, StringComparison.Ordinal);
        Assert.Equal(("Ok", 0), (before.Status, before.Failures));
        Assert.Equal(before, SourceState(server.DatabasePath));
    }

    private static (string? Status, long Failures, string? NextRun) SourceState(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"LastStatus\", \"ConsecutiveFailures\", \"NextRunAt\" FROM \"Sources\" WHERE \"Name\" = 'wire'";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return (reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2));
    }
}
