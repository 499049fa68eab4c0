using System.Threading.Channels;
using Npgsql;
using TalentWatch.Storage;

namespace TalentWatch.Web.Hosting;

/// <summary>
/// Instances on one PostgreSQL database tell each other when they store something readers see, so every instance's
/// page and feed caches move on at once (LISTEN/NOTIFY on one channel; each instance ignores its own notices). One
/// connection listens, reconnecting after an outage (and then assuming it missed something); sends are coalesced, so a
/// scrape storing many articles costs a notice per burst, not per article.
/// </summary>
public sealed class ChangeNotifications(PublishedChanges changes, IConfiguration configuration, ILogger<ChangeNotifications> logger) : BackgroundService
{
    public const string ChannelName = "talentwatch_published";

    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);
    private readonly string self = Guid.NewGuid().ToString("N");
    private readonly Channel<bool> pending = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = StorageSetup.ConnectionString(configuration);
        changes.PublishedHere += OnPublishedHere;
        try
        {
            await Task.WhenAll(ListenAsync(connectionString, stoppingToken), SendAsync(connectionString, stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
        finally
        {
            changes.PublishedHere -= OnPublishedHere;
        }
    }

    private void OnPublishedHere() => pending.Writer.TryWrite(true);

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        var heardBefore = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, notice) =>
                {
                    if (notice.Payload != self)
                    {
                        changes.PublishedElsewhere();
                    }
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {ChannelName}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                if (heardBefore)
                {
                    // Whatever the others stored while this instance could not hear them.
                    changes.PublishedElsewhere();
                    logger.LogInformation("Listening again for changes stored by other instances");
                }
                heardBefore = true;
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is NpgsqlException or System.IO.IOException or TimeoutException)
            {
                logger.LogWarning("Cannot hear other instances' changes ({Reason}); their new articles show when cache entries expire. Retrying in {Seconds} s",
                    ex.Message, RetryAfter.TotalSeconds);
                await Task.Delay(RetryAfter, stoppingToken);
            }
        }
    }

    private async Task SendAsync(string connectionString, CancellationToken stoppingToken)
    {
        await foreach (var _ in pending.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @self)", connection);
                notify.Parameters.AddWithValue("channel", ChannelName);
                notify.Parameters.AddWithValue("self", self);
                await notify.ExecuteNonQueryAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is NpgsqlException or System.IO.IOException or TimeoutException)
            {
                logger.LogWarning("Could not tell other instances about a change ({Reason}); they show it when cache entries expire", ex.Message);
            }
        }
    }
}
