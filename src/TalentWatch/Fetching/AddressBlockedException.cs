using System.Net;

namespace TalentWatch.Fetching;

/// <summary>
/// Thrown from the connect callback when every address of a host is refused; HttpClient wraps it in an
/// HttpRequestException, and the fetcher unwraps it into FetchException(Blocked).
/// </summary>
internal sealed class AddressBlockedException : Exception
{
    public AddressBlockedException(string host, IPAddress address, string reason)
        : base($"{host} resolves to {address}, {reason}")
    {
        Host = host;
        Address = address;
        Reason = reason;
    }

    public AddressBlockedException() { }
    public AddressBlockedException(string message) : base(message) { }
    public AddressBlockedException(string message, Exception inner) : base(message, inner) { }

    public string Host { get; } = "";
    public IPAddress Address { get; } = IPAddress.None;
    public string Reason { get; } = "";

    /// <summary>"127.0.0.2 is a loopback address" for IP literals, "localhost resolves to ::1, a loopback address" otherwise.</summary>
    public string Explanation => IPAddress.TryParse(Host, out _)
        ? $"{Address} is {Reason}"
        : $"{Host} resolves to {Address}, {Reason}";
}
