using TalentWatch.Analysis;
using TalentWatch.Scraping;

namespace TalentWatch.Web.Admin;

/// <summary>
/// Runs the Reprocessor in the background for the admin pages: one run at a time (two would fight over the same
/// rows), its latest progress kept here so a page refresh can show it.
/// </summary>
public sealed class ReprocessRunner(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<ReprocessRunner> logger)
{
    private readonly Lock gate = new();
    private Reprocessor.Progress? progress;
    private bool running;
    private string? error;

    public sealed record Status(bool Running, Reprocessor.Progress? Progress, string? Error);

    public Status Current
    {
        get
        {
            lock (gate)
            {
                return new Status(running, progress, error);
            }
        }
    }

    /// <summary>False when a run is already going.</summary>
    public bool TryStart()
    {
        lock (gate)
        {
            if (running)
            {
                return false;
            }
            running = true;
            progress = new Reprocessor.Progress(0, 0, 0);
            error = null;
        }
        // Not tied to the request: it outlives it, and stops only with the application.
        _ = Task.Run(() => RunAsync(lifetime.ApplicationStopping));
        return true;
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var reprocessor = scope.ServiceProvider.GetRequiredService<Reprocessor>();
            var result = await reprocessor.RunAsync(new Reporter(this), cancellationToken);
            Report(result);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: nothing to report.
        }
#pragma warning disable CA1031 // A background run must not take the process down; the failure is shown on the page.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Reprocessing failed");
            lock (gate)
            {
                error = ex.Message;
            }
        }
        finally
        {
            lock (gate)
            {
                running = false;
            }
        }
    }

    private void Report(Reprocessor.Progress value)
    {
        lock (gate)
        {
            progress = value;
        }
    }

    /// <summary>Synchronous, unlike Progress&lt;T&gt;, so the last report is in before the run counts as finished.</summary>
    private sealed class Reporter(ReprocessRunner runner) : IProgress<Reprocessor.Progress>
    {
        public void Report(Reprocessor.Progress value) => runner.Report(value);
    }
}
