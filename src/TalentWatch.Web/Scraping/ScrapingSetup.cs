using Microsoft.Extensions.Options;
using TalentWatch.Analysis;
using TalentWatch.Entities;
using TalentWatch.Fetching;
using TalentWatch.Scraping;
using TalentWatch.Storage;
using TalentWatch.Web.Scraping;

namespace TalentWatch.Web.Scraping;

public static class ScrapingSetup
{
    /// <summary>The guarded fetcher, the per-source orchestrator and (unless disabled) the scheduler.</summary>
    public static IHostApplicationBuilder AddTalentWatchScraping(this IHostApplicationBuilder builder, bool withScheduler = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection("TalentWatch:Scraper");
        builder.Services.Configure<FetcherOptions>(section);
        builder.Services.Configure<ScraperOptions>(section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StorageHealth>();
        builder.Services.AddSingleton(services => new GuardedFetcher(
            services.GetRequiredService<IOptions<FetcherOptions>>().Value,
            services.GetRequiredService<ILogger<GuardedFetcher>>()));
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<ScraperOptions>>().Value);
        builder.Services.AddSingleton<EntityIndex>();
        builder.Services.AddSingleton<EntityTagger>();
        builder.Services.AddSingleton<ArticleAnalyzer>();
        builder.Services.AddSingleton<Reprocessor>();
        builder.Services.AddSingleton<SourceRunner>();
        builder.Services.AddSingleton<SourceLeases>();
        builder.Services.AddSingleton<ArticleClaims>();
        if (withScheduler && section.GetValue("Enabled", true))
        {
            builder.Services.AddHostedService<ScrapeScheduler>();
        }
        return builder;
    }
}
