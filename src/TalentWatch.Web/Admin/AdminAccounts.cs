using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentWatch.Storage;

namespace TalentWatch.Web.Admin;

/// <summary>Creates administrators, changes their passwords and checks them; hashes are PBKDF2 via PasswordHasher.</summary>
public sealed class AdminAccounts(IDbContextFactory<TalentWatchDb> dbFactory, TimeProvider time)
{
    public const string DefaultName = "admin";
    public const int MinPasswordLength = 10;

    private static readonly PasswordHasher<AdminUser> Hasher = new();

    // The first-run setup must create exactly one account even when two browsers submit it at once; adding and deleting
    // accounts take the same lock so the last account cannot be deleted twice over.
    private static readonly SemaphoreSlim AccountsLock = new(1, 1);

    /// <summary>Why a password cannot be used, or null when it is acceptable.</summary>
    public static string? PasswordProblem(string? password) =>
        string.IsNullOrEmpty(password) || password.Length < MinPasswordLength
            ? $"The password must have at least {MinPasswordLength} characters."
            : null;

    /// <summary>What is wrong with a new password and its repetition, for the pages (in the reader's language); null when fine.</summary>
    public static string? NewPasswordProblem(string? password, string? confirm, IStringLocalizer<SharedResource> localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return PasswordProblem(password) is not null ? localizer["The password must have at least {0} characters.", MinPasswordLength].Value
            : password != confirm ? localizer["The two passwords differ."].Value : null;
    }

    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AdminUsers.AnyAsync(cancellationToken);
    }

    /// <summary>Creates the account or replaces its password.</summary>
    public async Task<AdminUser> SetPasswordAsync(string name, string password, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (PasswordProblem(password) is { } problem)
        {
            throw new ArgumentException(problem, nameof(password));
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.AdminUsers.SingleOrDefaultAsync(u => u.Name == name.Trim(), cancellationToken);
        if (user is null)
        {
            user = new AdminUser { Name = name.Trim(), PasswordHash = string.Empty, CreatedAt = time.GetUtcNow().UtcDateTime };
            db.AdminUsers.Add(user);
        }
        user.PasswordHash = Hasher.HashPassword(user, password);
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    public async Task<IReadOnlyList<AdminUser>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AdminUsers.AsNoTracking().OrderBy(u => u.Name).ToListAsync(cancellationToken);
    }

    /// <summary>Adds an account; null when the name is taken (names compare without case).</summary>
    public async Task<AdminUser?> TryCreateAsync(string name, string password, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await AccountsLock.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (await db.AdminUsers.AnyAsync(u => u.Name == name.Trim(), cancellationToken))
            {
                return null;
            }
            return await SetPasswordAsync(name, password, cancellationToken);
        }
        finally
        {
            AccountsLock.Release();
        }
    }

    /// <summary>Deletes another account (its sessions end with it); the last account is never deleted.</summary>
    public async Task<bool> TryDeleteAsync(string name, CancellationToken cancellationToken)
    {
        await AccountsLock.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var user = await db.AdminUsers.SingleOrDefaultAsync(u => u.Name == name, cancellationToken);
            if (user is null || await db.AdminUsers.CountAsync(cancellationToken) <= 1)
            {
                return false;
            }
            db.AdminUsers.Remove(user);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        finally
        {
            AccountsLock.Release();
        }
    }

    /// <summary>The one-time setup: creates the first account only while none exists.</summary>
    public async Task<AdminUser?> TryCreateFirstAsync(string name, string password, CancellationToken cancellationToken)
    {
        await AccountsLock.WaitAsync(cancellationToken);
        try
        {
            if (await AnyAsync(cancellationToken))
            {
                return null;
            }
            return await SetPasswordAsync(name, password, cancellationToken);
        }
        finally
        {
            AccountsLock.Release();
        }
    }

    /// <summary>
    /// A fingerprint of the account's current hash, put in the sign-in cookie: changing the password (or deleting the
    /// account) changes it, which ends every session signed in before.
    /// </summary>
    public static string Stamp(AdminUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var digest = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(user.Name + "\n" + user.PasswordHash));
        return Convert.ToBase64String(digest.AsSpan(0, 16));
    }

    /// <summary>The current stamp of the named account, or null when it no longer exists.</summary>
    public async Task<string?> CurrentStampAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.AdminUsers.AsNoTracking().SingleOrDefaultAsync(u => u.Name == name, cancellationToken);
        return user is null ? null : Stamp(user);
    }

    /// <summary>The account when the password matches, else null.</summary>
    public async Task<AdminUser?> VerifyAsync(string? name, string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password))
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.AdminUsers.SingleOrDefaultAsync(u => u.Name == name.Trim(), cancellationToken);
        if (user is null)
        {
            // Hash anyway so an unknown name takes as long as a wrong password and does not reveal which names exist.
            Hasher.HashPassword(new AdminUser { Name = name, PasswordHash = string.Empty }, password);
            return null;
        }
        var result = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = Hasher.HashPassword(user, password);
            await db.SaveChangesAsync(cancellationToken);
        }
        return result == PasswordVerificationResult.Failed ? null : user;
    }
}
