namespace TalentWatch.Web.Api;

public static class ApiSetup
{
    /// <summary>The API's services: its OpenAPI document and the health checks behind /healthz.</summary>
    public static IHostApplicationBuilder AddTalentWatchApi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // The JSON API only: feeds and pages read their filters from the query collection, which a generated document
        // would show as taking no parameters at all.
        builder.Services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "TalentWatch API";
                document.Info.Description = "Articles, entities, talent moves and sources, newest first and keyset paged. Errors are application/problem+json.";
                return Task.CompletedTask;
            });
        });
        builder.Services.AddTalentWatchHealthChecks();
        return builder;
    }

    /// <summary>The JSON API, its OpenAPI document (/openapi/v1.json) and the health check: sources, articles, entities, events, /healthz.</summary>
    public static IEndpointRouteBuilder MapTalentWatchApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        app.MapHealth();
        app.MapSourcesApi();
        app.MapArticlesApi();
        app.MapEntitiesApi();
        app.MapEventsApi();
        return app;
    }
}
