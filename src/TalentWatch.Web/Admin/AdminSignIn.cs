using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using TalentWatch.Storage;

namespace TalentWatch.Web.Admin;

/// <summary>Issues the admin cookie and re-checks it against the database on every request.</summary>
public static class AdminSignIn
{
    public const string StampClaim = "talentwatch:stamp";

    public static Task SignInAsync(HttpContext context, AdminUser user)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, user.Name),
                new Claim(ClaimTypes.Role, AdminPolicy.Role),
                new Claim(StampClaim, AdminAccounts.Stamp(user)),
            ],
            AdminPolicy.Scheme);
        return context.SignInAsync(AdminPolicy.Scheme, new ClaimsPrincipal(identity));
    }

    /// <summary>A cookie from before a password change, or of a deleted account, is refused and removed.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.Principal?.Identity?.Name;
        var stamp = context.Principal?.FindFirst(StampClaim)?.Value;
        var accounts = context.HttpContext.RequestServices.GetRequiredService<AdminAccounts>();
        var current = name is null ? null : await accounts.CurrentStampAsync(name, context.HttpContext.RequestAborted);
        if (current is null || !string.Equals(current, stamp, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AdminPolicy.Scheme);
        }
    }
}
