using TalentWatch.Storage;
using TalentWatch.Web.Feeds;

namespace TalentWatch.Web.Feeds;

public static class FeedsSetup
{
    // HEAD too: some readers and link checkers probe a feed before fetching it.
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>The feed renderer and its memory cache (TalentWatch:Feeds:CacheSeconds, default 60).</summary>
    public static IHostApplicationBuilder AddTalentWatchFeeds(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var seconds = builder.Configuration.GetValue("TalentWatch:Feeds:CacheSeconds", 60);
        builder.Services.AddSingleton(new FeedCacheOptions(TimeSpan.FromSeconds(Math.Max(0, seconds))));
        builder.Services.AddSingleton<FeedEndpoint>();
        return builder;
    }

    /// <summary>
    /// RSS, Atom and JSON Feed for the timeline (/feed.*), moves only (/moves/feed.*), each company and each person;
    /// all take the timeline's filters (company, person, type, lang, since, until, relevant=all) and limit.
    /// </summary>
    public static WebApplication MapTalentWatchFeeds(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        foreach (var format in FeedFormat.All)
        {
            var ext = format.Extension;
            app.MapMethods($"/feed.{ext}", Methods, (HttpContext context, TalentWatchDb db, FeedEndpoint feeds) =>
                feeds.ServeAsync(context, db, format, FeedScope.Timeline, null));
            app.MapMethods($"/moves/feed.{ext}", Methods, (HttpContext context, TalentWatchDb db, FeedEndpoint feeds) =>
                feeds.ServeAsync(context, db, format, FeedScope.Moves, null));
            app.MapMethods($"/companies/{{slug}}/feed.{ext}", Methods, (HttpContext context, TalentWatchDb db, FeedEndpoint feeds, string slug) =>
                feeds.ServeAsync(context, db, format, FeedScope.Company, slug));
            app.MapMethods($"/people/{{slug}}/feed.{ext}", Methods, (HttpContext context, TalentWatchDb db, FeedEndpoint feeds, string slug) =>
                feeds.ServeAsync(context, db, format, FeedScope.Person, slug));
        }
        return app;
    }
}
