using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TalentWatch.Storage;

namespace TalentWatch.Web.Api;

/// <summary>
/// /healthz on ASP.NET Core's health checks, so load balancers and orchestrators read it as they read any other app's:
/// 200 "ok" when every check passes, 503 problem+json naming the failing check and its reason otherwise.
/// </summary>
public static class HealthApi
{
    public const string Path = "/healthz";

    public static IServiceCollection AddTalentWatchHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(Path, new HealthCheckOptions
        {
            ResultStatusCodes = { [HealthStatus.Degraded] = StatusCodes.Status200OK, [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable },
            ResponseWriter = WriteAsync,
        });
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        if (report.Status != HealthStatus.Unhealthy)
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync("ok");
        }
        var failing = report.Entries.Where(e => e.Value.Status == HealthStatus.Unhealthy).ToList();
        var title = failing.Any(e => e.Key == "storage") ? "Storage unavailable" : "Unhealthy";
        var detail = string.Join(" ", failing.Select(e => e.Value.Description ?? e.Value.Exception?.Message ?? $"The {e.Key} check failed."));
        return Results.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: title).ExecuteAsync(context);
    }

    /// <summary>
    /// The database file is in place and a write commits. Reachable is not enough: a read-only or deleted database
    /// still answers reads while every scraped article is lost.
    /// </summary>
    private sealed class StorageHealthCheck(TalentWatchDb db, TimeProvider time) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await StorageProbe.ProblemAsync(db, time.GetUtcNow().UtcDateTime, cancellationToken) is { } problem
                ? HealthCheckResult.Unhealthy(problem)
                : HealthCheckResult.Healthy();
    }
}
