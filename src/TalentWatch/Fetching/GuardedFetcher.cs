using Microsoft.Extensions.Logging;

namespace TalentWatch.Fetching;

/// <summary>The one HttpClient for every outbound request: SSRF guard, robots.txt, per-host politeness, caps.</summary>
public sealed class GuardedFetcher : IDisposable
{
    public GuardedFetcher(FetcherOptions options, ILogger<GuardedFetcher>? logger = null) => throw new NotImplementedException();

    /// <exception cref="FetchException">Blocked, robots, redirects, size, timeout, network, or a non-2xx/304 status.</exception>
    public Task<FetchResult> GetAsync(Uri url, ConditionalHeaders? conditional = null, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    public void Dispose() { }
}
