namespace TalentWatch.Web.Api;

public static class ApiSetup
{
    /// <summary>The JSON API and the health check: sources, articles, entities, events, /healthz.</summary>
    public static IEndpointRouteBuilder MapTalentWatchApi(this IEndpointRouteBuilder app)
    {
        app.MapHealth();
        app.MapSourcesApi();
        app.MapArticlesApi();
        app.MapEntitiesApi();
        app.MapEventsApi();
        return app;
    }
}
