using Serilog;
using TalentWatch.Web.Admin;
using TalentWatch.Web.Api;
using TalentWatch.Web.Cli;
using TalentWatch.Web.Feeds;
using TalentWatch.Web.Hosting;
using TalentWatch.Web.Pages;
using TalentWatch.Web.Scraping;

if (CommandLine.IsVerb(args) || CommandLine.IsHelp(args))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(AppLocation.Options(args)).ServeBuildAssets();
if (!ConfigurationCheck.Passes(builder.Configuration, Console.Error))
{
    return ExitCodes.BadConfiguration;
}
builder.AddTalentWatchLogging()
    .AddTalentWatchStorage()
    .AddTalentWatchApi()
    .AddTalentWatchScraping()
    .AddTalentWatchPages()
    .AddTalentWatchPageCache()
    .AddTalentWatchFeeds()
    .AddTalentWatchAdmin();
builder.AddTalentWatchSecurity();
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = JsonText.Encoder);

var app = builder.Build();
if (!await app.Services.TryPrepareDatabaseAsync(Console.Error))
{
    return ExitCodes.StorageUnavailable;
}
await app.Services.OfferFirstRunSetupAsync();

app.UseSerilogRequestLogging();
app.UseTalentWatchSecurity();
app.MapTalentWatchApi();
app.MapTalentWatchFeeds();
app.MapTalentWatchPages();
app.UseTalentWatchPageCache();
app.MapTalentWatchAdmin();

await app.RunAsync();
return 0;

/// <summary>Entry point type, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
