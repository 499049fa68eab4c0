using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TalentWatch.Storage;
using TalentWatch.Web.Admin;

namespace TalentWatch.Web.Pages.Admin.Accounts;

/// <summary>The administrators: change one's own password, add another administrator, remove one.</summary>
public sealed class IndexModel(AdminAccounts accounts, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<AdminUser> Users { get; private set; } = [];

    public string Me => User.Identity?.Name ?? string.Empty;

    public string? Problem { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Users = await accounts.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostPasswordAsync(string? current, string? password, string? confirm, CancellationToken cancellationToken)
    {
        if (await accounts.VerifyAsync(Me, current, cancellationToken) is null)
        {
            return await RefuseAsync(localizer["The current password is wrong."], cancellationToken);
        }
        if (AdminAccounts.NewPasswordProblem(password, confirm, localizer) is { } problem)
        {
            return await RefuseAsync(problem, cancellationToken);
        }
        var user = await accounts.SetPasswordAsync(Me, password!, cancellationToken);
        // The new hash ends every other session; this one is re-issued so the admin stays signed in here.
        await AdminSignIn.SignInAsync(HttpContext, user);
        Message = localizer["Password changed. Sessions signed in elsewhere have ended."];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAddAsync(string? name, string? password, string? confirm, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            return await RefuseAsync(localizer["Choose a name of 1 to 100 characters."], cancellationToken);
        }
        if (AdminAccounts.NewPasswordProblem(password, confirm, localizer) is { } problem)
        {
            return await RefuseAsync(problem, cancellationToken);
        }
        if (await accounts.TryCreateAsync(name, password!, cancellationToken) is null)
        {
            return await RefuseAsync(localizer["An administrator named \"{0}\" already exists.", name.Trim()], cancellationToken);
        }
        Message = localizer["Administrator {0} added.", name.Trim()];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? name, CancellationToken cancellationToken)
    {
        if (string.Equals(name, Me, StringComparison.OrdinalIgnoreCase))
        {
            return await RefuseAsync(localizer["You cannot remove your own account while signed in with it."], cancellationToken);
        }
        if (name is null || !await accounts.TryDeleteAsync(name, cancellationToken))
        {
            return await RefuseAsync(localizer["No other administrator named \"{0}\" can be removed.", name ?? string.Empty], cancellationToken);
        }
        Message = localizer["Administrator {0} removed; their sessions have ended.", name];
        return RedirectToPage();
    }

    private async Task<PageResult> RefuseAsync(string problem, CancellationToken cancellationToken)
    {
        Problem = problem;
        Users = await accounts.ListAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
