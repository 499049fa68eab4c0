using TalentWatch.Storage;

namespace TalentWatch.Web.Api;

public static class HealthApi
{
    /// <summary>
    /// 200 "ok" when the database file is in place and a write commits; 503 with the reason otherwise. Reachable is not
    /// enough: a read-only or deleted database still answers reads while every scraped article is lost.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (TalentWatchDb db, TimeProvider time, CancellationToken cancellationToken) =>
            await StorageProbe.ProblemAsync(db, time.GetUtcNow().UtcDateTime, cancellationToken) is { } problem
                ? Results.Problem(problem, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Storage unavailable")
                : Results.Text("ok"));
        return app;
    }
}
