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
    public static async Task<string?> ReasonAsync(FetcherOptions options, Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(url);
        if (options.AllowPrivateNetworks || !url.IsAbsoluteUri)
        {
            return null;
        }
        IPAddress[] addresses;
        if (IPAddress.TryParse(url.Host.TrimStart('[').TrimEnd(']'), out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await Dns.GetHostAddressesAsync(url.IdnHost, cancellationToken);
            }
            catch (SocketException)
            {
                // Unresolvable here: the fetch fails on its own merits, as it would for the server.
                return null;
            }
        }
        var allowed = options.PrivateEndpoints().ToList();
        string? reason = null;
        foreach (var address in addresses)
        {
            var nonPublic = AddressPolicy.DescribeNonPublic(address);
            if (nonPublic is null || allowed.Contains(new IPEndPoint(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address, url.Port)))
            {
                return null;
            }
            reason ??= $"{url.Host} is {nonPublic}";
        }
        return reason;
    }
}
