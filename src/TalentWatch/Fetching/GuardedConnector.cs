using System.Net;
using System.Net.Sockets;

namespace TalentWatch.Fetching;

/// <summary>
/// The SocketsHttpHandler ConnectCallback: resolves the host itself, vets every address and connects only to a vetted
/// one, so a DNS answer cannot change between the check and the connection. It runs for every new connection,
/// which covers every redirect hop.
/// </summary>
internal sealed class GuardedConnector
{
    private readonly bool allowPrivate;
    private readonly HashSet<IPEndPoint> allowedEndpoints;

    public GuardedConnector(bool allowPrivateNetworks, IEnumerable<IPEndPoint> allowedPrivateEndpoints)
    {
        allowPrivate = allowPrivateNetworks;
        allowedEndpoints = [.. allowedPrivateEndpoints.Select(Normalize)];
    }

    /// <summary>Null when the endpoint may be contacted, else why not.</summary>
    public string? Refusal(IPAddress address, int port)
    {
        if (allowPrivate || allowedEndpoints.Contains(Normalize(new IPEndPoint(address, port))))
        {
            return null;
        }

        return AddressPolicy.DescribeNonPublic(address);
    }

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var port = context.DnsEndPoint.Port;

        var bare = host.TrimStart('[').TrimEnd(']');
        var addresses = await ResolveAsync(host, cancellationToken);

        AddressBlockedException? firstRefusal = null;
        Exception? lastConnectError = null;
        foreach (var address in addresses)
        {
            if (Refusal(address, port) is { } reason)
            {
                firstRefusal ??= new AddressBlockedException(bare, address, reason);
                continue;
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                lastConnectError = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        if (lastConnectError is not null)
        {
            throw lastConnectError;
        }

        throw firstRefusal ?? (Exception)new SocketException((int)SocketError.HostNotFound);
    }

    /// <summary>The addresses a host stands for: a literal as it is (IPv6 may arrive bracketed), a name through DNS.</summary>
    public static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        var bare = host.TrimStart('[').TrimEnd(']');
        return IPAddress.TryParse(bare, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(bare, cancellationToken);
    }

    private static IPEndPoint Normalize(IPEndPoint endpoint) =>
        endpoint.Address.IsIPv4MappedToIPv6 ? new IPEndPoint(endpoint.Address.MapToIPv4(), endpoint.Port) : endpoint;
}
