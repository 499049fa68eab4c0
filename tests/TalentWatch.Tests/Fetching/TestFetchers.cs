using TalentWatch.Fetching;

namespace TalentWatch.Tests.Fetching;

internal static class TestFetchers
{
    /// <summary>A fetcher for loopback test servers: private networks allowed, no politeness delay.</summary>
    public static GuardedFetcher Create(Action<FetcherOptions>? configure = null)
    {
        var options = new FetcherOptions { AllowPrivateNetworks = true, PerHostDelayMs = 0, TimeoutSeconds = 10 };
        configure?.Invoke(options);
        return new GuardedFetcher(options);
    }
}
