using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Scraping;
using TalentWatch.Storage;

namespace TalentWatch.Web.Admin;

/// <summary>
/// The one-time secret that guards /admin/setup. It is issued at start-up while no administrator exists and written
/// to the log, so only someone who can read the server's log (its operator) can create the first account; it is
/// revoked once that account exists. Loopback requests get no exemption: behind a reverse proxy on the same host,
/// every visitor's request arrives from loopback. Its digest is kept in the database, so the link works on every
/// instance sharing it; an instance's next start replaces its earlier token.
/// </summary>
public sealed class SetupToken(IDbContextFactory<TalentWatchDb> dbFactory, ScraperOptions instance, TimeProvider time)
{
    /// <summary>The token this process issued, or null when none was issued or it was revoked.</summary>
    public string? Current { get; private set; }

    /// <summary>A new random token (256 bits, URL-safe) that replaces any earlier one of this instance.</summary>
    public async Task<string> IssueAsync(CancellationToken cancellationToken)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var issuedBy = instance.InstanceOrMachineName();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.SetupTokenDigests.Where(t => t.IssuedBy == issuedBy).ExecuteDeleteAsync(cancellationToken);
        db.SetupTokenDigests.Add(new SetupTokenDigest { Digest = Digest(token), IssuedBy = issuedBy, IssuedAt = time.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        Current = token;
        return token;
    }

    /// <summary>
    /// Whether the candidate is a live token. Digests are compared in constant time, every one of them, so neither the
    /// position of the first wrong character nor a wrong length shows in the response time.
    /// </summary>
    public async Task<bool> MatchesAsync(string? candidate, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(candidate))
        {
            return false;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var live = await db.SetupTokenDigests.Select(t => t.Digest).ToListAsync(cancellationToken);
        var digest = Digest(candidate);
        var matched = false;
        foreach (var expected in live)
        {
            matched |= CryptographicOperations.FixedTimeEquals(expected, digest);
        }
        return matched;
    }

    /// <summary>Every instance's token stops working: the first administrator exists.</summary>
    public async Task RevokeAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.SetupTokenDigests.ExecuteDeleteAsync(cancellationToken);
        Current = null;
    }

    private static byte[] Digest(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
