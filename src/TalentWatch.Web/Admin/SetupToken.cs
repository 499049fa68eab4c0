using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace TalentWatch.Web.Admin;

/// <summary>
/// The one-time secret that guards /admin/setup. It is issued at start-up while no administrator exists and written
/// to the log, so only someone who can read the server's log (its operator) can create the first account; it is
/// revoked once that account exists. Loopback requests get no exemption: behind a reverse proxy on the same host,
/// every visitor's request arrives from loopback.
/// </summary>
public sealed class SetupToken
{
    private readonly Lock gate = new();
    private string? current;
    private byte[]? digest;

    /// <summary>The live token, or null when none was issued or the first administrator now exists.</summary>
    public string? Current
    {
        get
        {
            lock (gate)
            {
                return current;
            }
        }
    }

    /// <summary>A new random token (256 bits, URL-safe) that replaces any earlier one.</summary>
    public string Issue()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        lock (gate)
        {
            current = token;
            digest = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        }
        return token;
    }

    /// <summary>
    /// Whether the candidate is the live token. Both sides are hashed and compared in constant time, so neither the
    /// position of the first wrong character nor a wrong length shows in the response time.
    /// </summary>
    public bool Matches(string? candidate)
    {
        byte[]? expected;
        lock (gate)
        {
            expected = digest;
        }
        return expected is not null && candidate is not null
            && CryptographicOperations.FixedTimeEquals(expected, SHA256.HashData(Encoding.UTF8.GetBytes(candidate)));
    }

    public void Revoke()
    {
        lock (gate)
        {
            current = null;
            digest = null;
        }
    }
}
