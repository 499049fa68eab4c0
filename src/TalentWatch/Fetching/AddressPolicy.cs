using System.Net;
using System.Net.Sockets;

namespace TalentWatch.Fetching;

/// <summary>
/// Classifies destination addresses for the SSRF guard. Only globally routable unicast addresses are fair game for a
/// scraper; everything else reaches the host itself, the LAN, or cloud metadata services.
/// </summary>
public static class AddressPolicy
{
    /// <summary>Why the address must not be contacted ("a loopback address"), or null when it is public.</summary>
    public static string? DescribeNonPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);

        // ::ffff:127.0.0.1 reaches 127.0.0.1 through a dual-mode socket, so judge the embedded IPv4 address.
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => DescribeIPv4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => DescribeIPv6(address),
            _ => "not an IP address",
        };
    }

    private static string? DescribeIPv4(byte[] b) => b switch
    {
        [127, ..] => "a loopback address",
        [10, ..] => "a private address",
        [172, >= 16 and <= 31, ..] => "a private address",
        [192, 168, ..] => "a private address",
        [169, 254, ..] => "a link-local address",
        [100, >= 64 and <= 127, ..] => "a carrier-grade NAT address",
        // 0.0.0.0/8 means "this host" to most stacks and connects to loopback on Linux.
        [0, ..] => "an unspecified address",
        [>= 224 and <= 239, ..] => "a multicast address",
        // 240.0.0.0/4 is reserved and includes the 255.255.255.255 broadcast address.
        [>= 240, ..] => "a reserved address",
        _ => null,
    };

    private static string? DescribeIPv6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return "a loopback address";
        }

        if (address.Equals(IPAddress.IPv6Any))
        {
            return "an unspecified address";
        }

        if (address.IsIPv6Multicast)
        {
            return "a multicast address";
        }

        var b = address.GetAddressBytes();
        if ((b[0] & 0xFE) == 0xFC)
        {
            return "a private address"; // fc00::/7 unique local
        }

        if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80)
        {
            return "a link-local address"; // fe80::/10
        }

        if (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0)
        {
            return "a private address"; // fec0::/10, deprecated site-local
        }

        // NAT64 (64:ff9b::/96) and IPv4-compatible (::a.b.c.d) addresses carry an IPv4 destination in the last
        // four bytes; a translator on the path would deliver to that IPv4 address, so judge it instead.
        ReadOnlySpan<byte> nat64Prefix = [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0];
        ReadOnlySpan<byte> zeroPrefix = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        var prefix = b.AsSpan(0, 12);
        if (prefix.SequenceEqual(nat64Prefix) || prefix.SequenceEqual(zeroPrefix))
        {
            return DescribeIPv4(b[12..]);
        }

        return null;
    }
}
