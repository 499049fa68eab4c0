using Microsoft.Extensions.Configuration;
using TalentWatch.Fetching;
using TalentWatch.Scraping;
using TalentWatch.Web.Hosting;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Hosting;

/// <summary>A bad setting stops the app and every verb that builds a host: one line naming the key and the value, exit 78, no stack trace.</summary>
public class ConfigurationCheckTests
{
    [Theory]
    [InlineData("TalentWatch:Scraper:PerHostDelayMs", "abc", "is not a whole number (0 or more).")]
    [InlineData("TalentWatch:Scraper:PerHostDelayMs", "-5", "is not a whole number (0 or more).")]
    [InlineData("TalentWatch:Scraper:MaxConcurrentSources", "0", "is not a whole number (1 or more).")]
    [InlineData("TalentWatch:Scraper:TimeoutSeconds", "0", "is not a whole number (1 or more).")]
    [InlineData("TalentWatch:Scraper:MaxResponseBytes", "99999999999", "is not a whole number from 1 to 2147483591.")]
    [InlineData("TalentWatch:Scraper:Enabled", "yes", "is not true or false.")]
    [InlineData("TalentWatch:Feeds:CacheSeconds", "soon", "is not a whole number (0 or more).")]
    [InlineData("TalentWatch:DefaultSources", "no", "is not true or false.")]
    [InlineData("TalentWatch:TimeZone", "Mars/Olympus", "is not a time zone this system knows (an IANA id such as Asia/Riyadh, or a Windows id such as Arab Standard Time).")]
    [InlineData("TalentWatch:Scraper:AllowedPrivateEndpoints:0", "localhost", "is not an ip:port endpoint such as 127.0.0.1:8080 or [::1]:8080.")]
    [InlineData("ConnectionStrings:TalentWatch", "Data Source=", "names no database file (write it like \"Data Source=data/talentwatch.db\").")]
    public async Task The_web_app_refuses_to_start_with_one_line_naming_the_key_and_value(string key, string value, string problem)
    {
        await using var app = new AppProcess(new Dictionary<string, string?> { [key] = value });

        app.StartWeb();
        var code = await app.WaitForExitAsync();

        Assert.Equal(ExitCodes.BadConfiguration, code);
        Assert.Equal([$"Configuration error: {key} = \"{value}\" {problem}"], app.ErrorLines);
        AssertNoStackTrace(app);
        Assert.False(File.Exists(app.DatabasePath), "refused before the database was created");
    }

    [Fact]
    public async Task A_connection_string_sqlite_cannot_read_is_named_with_its_reason()
    {
        await using var app = new AppProcess(new Dictionary<string, string?> { ["ConnectionStrings:TalentWatch"] = "Data Sorce=x.db" });

        app.StartWeb();

        Assert.Equal(ExitCodes.BadConfiguration, await app.WaitForExitAsync());
        var line = Assert.Single(app.ErrorLines);
        Assert.StartsWith("Configuration error: ConnectionStrings:TalentWatch = \"Data Sorce=x.db\" is not a SQLite connection string (", line, StringComparison.Ordinal);
        Assert.Contains("'data sorce'", line, StringComparison.Ordinal);
        AssertNoStackTrace(app);
    }

    [Fact]
    public async Task Every_bad_value_gets_its_own_line()
    {
        await using var app = new AppProcess(new Dictionary<string, string?>
        {
            ["TalentWatch:Scraper:PerHostDelayMs"] = "abc",
            ["TalentWatch:Scraper:MaxConcurrentSources"] = "0",
            ["TalentWatch:TimeZone"] = "Nowhere/Else",
        });

        app.StartWeb();

        Assert.Equal(ExitCodes.BadConfiguration, await app.WaitForExitAsync());
        Assert.Equal(3, app.ErrorLines.Count);
        Assert.All(app.ErrorLines, line => Assert.StartsWith("Configuration error: ", line, StringComparison.Ordinal));
        Assert.Contains(app.ErrorLines, line => line.Contains("PerHostDelayMs = \"abc\"", StringComparison.Ordinal));
        Assert.Contains(app.ErrorLines, line => line.Contains("MaxConcurrentSources = \"0\"", StringComparison.Ordinal));
        Assert.Contains(app.ErrorLines, line => line.Contains("TimeZone = \"Nowhere/Else\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("scrape", "--once")]
    [InlineData("reprocess")]
    [InlineData("admin", "set-password")]
    public async Task The_verbs_that_build_a_host_refuse_the_same_way(params string[] verb)
    {
        await using var app = new AppProcess(new Dictionary<string, string?> { ["TalentWatch:Scraper:PerHostDelayMs"] = "abc" });

        var code = await app.RunAsync(verb, input: "a long enough password\n");

        Assert.Equal(ExitCodes.BadConfiguration, code);
        Assert.Equal(["Configuration error: TalentWatch:Scraper:PerHostDelayMs = \"abc\" is not a whole number (0 or more)."], app.ErrorLines);
        AssertNoStackTrace(app);
        Assert.False(File.Exists(app.DatabasePath));
    }

    [Fact]
    public async Task Good_values_start_the_app()
    {
        await using var app = new AppProcess(new Dictionary<string, string?>
        {
            ["TalentWatch:Scraper:PerHostDelayMs"] = " 250 ",
            ["TalentWatch:Scraper:Enabled"] = "True",
            ["TalentWatch:TimeZone"] = "Asia/Riyadh",
            ["TalentWatch:Feeds:CacheSeconds"] = "0",
            ["TalentWatch:Scraper:AllowedPrivateEndpoints:0"] = "[::1]:8080",
        });

        await app.StartHealthyAsync();

        Assert.Equal(0, await app.StopAsync());
        Assert.Empty(app.ErrorLines);
    }

    [Fact]
    public void The_check_covers_every_scraper_and_fetcher_setting()
    {
        // Reflection here only: a setting added to either options class without a rule would bind "abc" into a crash again.
        var settings = typeof(ScraperOptions).GetProperties().Concat(typeof(FetcherOptions).GetProperties())
            .Select(p => "TalentWatch:Scraper:" + p.Name);

        Assert.Empty(settings.Except(ConfigurationCheck.Keys, StringComparer.Ordinal));
    }

    [Fact]
    public void A_list_written_as_one_value_is_named_rather_than_dropped()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["TalentWatch:Scraper:AllowedPrivateEndpoints"] = "127.0.0.1:8080" })
            .Build();

        var line = Assert.Single(ConfigurationCheck.Problems(configuration));

        Assert.Equal("Configuration error: TalentWatch:Scraper:AllowedPrivateEndpoints = \"127.0.0.1:8080\" is one value, not a list: "
            + "write TalentWatch:Scraper:AllowedPrivateEndpoints:0, :1 and so on.", line);
    }

    internal static void AssertNoStackTrace(AppProcess app) =>
        Assert.False(app.Transcript().Contains("   at ", StringComparison.Ordinal) || app.Transcript().Contains("Unhandled exception", StringComparison.Ordinal),
            app.Transcript());
}
