using System.Net;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Hosting;

/// <summary>
/// The app started as a user starts it: from another folder, in Production, with no content root given (the README's
/// `dotnet run --no-launch-profile`, a service manager) still finds its own styles; asking for help prints usage.
/// </summary>
public sealed class AppLocationTests
{
    [Fact]
    public async Task Styles_load_when_started_from_another_folder_without_a_content_root()
    {
        await using var app = new AppProcess(new Dictionary<string, string?> { ["DOTNET_CONTENTROOT"] = null });
        await app.StartHealthyAsync();
        using var client = new HttpClient { BaseAddress = app.BaseUrl };

        using var css = await client.GetAsync(new Uri("/site.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("text/css", css.Content.Headers.ContentType?.ToString() ?? string.Empty, StringComparison.Ordinal);
        Assert.True(File.Exists(app.DatabasePath), "the database stays where the working directory says");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    [InlineData("scrape", "--help")]
    public async Task Help_prints_usage_and_exits(params string[] args)
    {
        await using var app = new AppProcess();

        var code = await app.RunAsync(args);

        Assert.Equal(0, code);
        Assert.Contains("Usage:", app.Output, StringComparison.Ordinal);
        Assert.Contains("TalentWatch.Web", app.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", app.Output, StringComparison.Ordinal);
    }
}
