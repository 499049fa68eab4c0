using Microsoft.Extensions.Logging;
using TalentWatch.Fetching;
using TalentWatch.Tests.TestServers;

namespace TalentWatch.Tests.Fetching;

public sealed class FetcherLoggingTests
{
    [Fact]
    public async Task Requests_log_structured_properties_and_failures_log_warnings()
    {
        await using var server = new LocalHttpServer();
        server.Map("/page", LocalResponse.Text("hello"));
        var logger = new CapturingLogger();
        using var fetcher = new GuardedFetcher(new FetcherOptions { AllowPrivateNetworks = true, PerHostDelayMs = 0 }, logger);

        await fetcher.GetAsync(server.Url("/page"));
        await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(server.Url("/missing")));

        var success = Assert.Single(logger.Entries, e => e.Level == LogLevel.Information && Equals(e.Properties["Status"], 200));
        Assert.Equal(server.Url("/page"), success.Properties["Url"]);
        Assert.Equal(5, success.Properties["Bytes"]);
        Assert.IsType<long>(success.Properties["DurationMs"]);
        var failure = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal(FetchFailure.HttpStatus, failure.Properties["Failure"]);
        Assert.Equal(404, failure.Properties["Status"]);
    }

    [Fact]
    public async Task Blocked_message_reads_as_a_sentence()
    {
        using var fetcher = new GuardedFetcher(new FetcherOptions());

        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(new Uri("http://127.0.0.2/")));

        Assert.Equal(
            "Refused http://127.0.0.2/: 127.0.0.2 is a loopback address; set TalentWatch:Scraper:AllowPrivateNetworks to allow it",
            ex.Message);
    }

    private sealed record Entry(LogLevel Level, IReadOnlyDictionary<string, object?> Properties);

    private sealed class CapturingLogger : ILogger<GuardedFetcher>
    {
        private readonly List<Entry> entries = [];

        public IReadOnlyList<Entry> Entries
        {
            get
            {
                lock (entries)
                {
                    return [.. entries];
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            lock (entries)
            {
                entries.Add(new Entry(logLevel, properties.ToDictionary(p => p.Key, p => p.Value)));
            }
        }
    }
}
