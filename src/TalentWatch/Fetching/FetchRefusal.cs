using System.Net;
using System.Net.Sockets;

namespace TalentWatch.Fetching;

/// <summary>
/// Whether this process's settings would refuse a URL before any request: its host is (or resolves only to) a private,
/// loopback or link-local address, and neither AllowPrivateNetworks nor an allowed endpoint lets it through. A process
/// started with other settings than the server's (a `scrape --once` without AllowPrivateNetworks) can then leave a
/// source alone instead of recording a failure the server would never see.
/// </summary>
public static class FetchRefusal
{
    /// <summary>The reason ("127.0.0.1 is a loopback address"), or null when the fetch may go ahead.</summary>
    /// <remarks>Each address is judged by the connector the fetcher itself uses, so the two cannot disagree.</remarks>
    public static async Task<string?> ReasonAsync(FetcherOptions options, Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(url);
        if (options.AllowPrivateNetworks || !url.IsAbsoluteUri)
        {
            return null;
        }
        IPAddress[] addresses;
        try
        {
            addresses = await GuardedConnector.ResolveAsync(url.IdnHost, cancellationToken);
        }
        catch (SocketException)
        {
            // Unresolvable here: the fetch fails on its own merits, as it would for the server.
            return null;
        }
        var connector = new GuardedConnector(options.AllowPrivateNetworks, options.PrivateEndpoints());
        string? reason = null;
        foreach (var address in addresses)
        {
            if (connector.Refusal(address, url.Port) is not { } refusal)
            {
                return null;
            }
            reason ??= $"{url.Host} is {refusal}";
        }
        return reason;
    }
}
