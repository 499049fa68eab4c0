using System.Net.Http.Json;
using System.Text.Json;

namespace TalentWatch.Web.Tests.Infrastructure;

/// <summary>The child-process harness itself: a graceful stop, a kill, and a restart that finds the same database.</summary>
public class AppProcessTests
{
    [Fact]
    public async Task A_killed_app_restarts_on_the_same_folder_with_its_data()
    {
        await using var app = new AppProcess(new Dictionary<string, string?>
        {
            ["TalentWatch:Sources:0:Name"] = "Kept",
            ["TalentWatch:Sources:0:Kind"] = "rss",
            ["TalentWatch:Sources:0:Url"] = "http://127.0.0.1:9/feed",
        });
        await app.StartHealthyAsync();
        var firstPid = app.ProcessId;

        app.Kill();
        var killed = await app.WaitForExitAsync();
        // The source now comes from the database only.
        app.Settings["TalentWatch:Sources:0:Name"] = null;
        app.Settings["TalentWatch:Sources:0:Kind"] = null;
        app.Settings["TalentWatch:Sources:0:Url"] = null;
        await app.RestartHealthyAsync();

        Assert.Equal(137, killed); // 128 + SIGKILL
        Assert.NotEqual(firstPid, app.ProcessId);
        using var client = app.CreateClient();
        var sources = await client.GetFromJsonAsync<JsonElement>("/api/sources");
        Assert.Equal(["Kept"], sources.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(0, await app.StopAsync());
        Assert.False(app.IsRunning);
    }
}
