using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;

namespace TalentWatch.Web.Admin;

/// <summary>
/// Counts wrong passwords per client address and account name, and per address alone (so spraying many names from
/// one address is caught too). Past the limit, every attempt, even a correct one, is refused until the window ends:
/// otherwise a guesser would learn the password the moment it hit it. The counts are in the database, so several
/// instances behind one balancer give a guesser no more tries than one, and a restart does not reset them.
/// </summary>
public sealed class LoginThrottle(IDbContextFactory<TalentWatchDb> dbFactory, TimeProvider time)
{
    public const int MaxFailuresPerAccount = 5;
    public const int MaxFailuresPerAddress = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public async Task<bool> IsLockedAsync(string address, string? name, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var account = AccountKey(address, name);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.LoginFailures
            .Where(f => (f.Key == account || f.Key == address) && f.Until > now)
            .Select(f => new { f.Key, f.Failures })
            .ToListAsync(cancellationToken);
        return counts.Any(c => c.Failures >= (c.Key == account ? MaxFailuresPerAccount : MaxFailuresPerAddress));
    }

    public async Task RecordFailureAsync(string address, string? name, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await CountAsync(db, AccountKey(address, name), now, cancellationToken);
        await CountAsync(db, address, now, cancellationToken);
        // Keep the table small: windows that ended count for nothing.
        await db.LoginFailures.Where(f => f.Until <= now).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task RecordSuccessAsync(string address, string? name, CancellationToken cancellationToken)
    {
        var account = AccountKey(address, name);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.LoginFailures.Where(f => f.Key == account).ExecuteDeleteAsync(cancellationToken);
    }

    // The key column holds 400 characters: a longer name is counted, checked and cleared under its first ones.
    private static string AccountKey(string address, string? name)
    {
        var key = address + "|" + (name ?? string.Empty).Trim().ToUpperInvariant();
        return key.Length > MaxKeyLength ? key[..MaxKeyLength] : key;
    }

    private const int MaxKeyLength = 400;

    /// <summary>One more failure in the key's window (a new window when the last one ended), in one statement per try.</summary>
    private static async Task CountAsync(TalentWatchDb db, string key, DateTime now, CancellationToken cancellationToken)
    {
        var until = now + Window;
        for (var attempt = 0; ; attempt++)
        {
            var counted = await db.LoginFailures.Where(f => f.Key == key).ExecuteUpdateAsync(u => u
                .SetProperty(f => f.Failures, f => f.Until > now ? f.Failures + 1 : 1)
                .SetProperty(f => f.Until, until), cancellationToken);
            if (counted > 0)
            {
                return;
            }
            db.LoginFailures.Add(new LoginFailure { Key = key, Failures = 1, Until = until });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // another instance counted this key's first failure a moment ago: count on its row
                db.ChangeTracker.Clear();
            }
        }
    }
}
