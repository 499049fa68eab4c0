using TalentWatch.Storage;

namespace TalentWatch.Web.Api;

public static class HealthApi
{
    /// <summary>200 when the database answers, 503 otherwise.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (TalentWatchDb db, CancellationToken cancellationToken) =>
            await db.Database.CanConnectAsync(cancellationToken)
                ? Results.Text("ok")
                : Results.Problem("The database does not answer.", statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }
}
