using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentWatch.Storage;
using TalentWatch.Web.Admin;

namespace TalentWatch.Web.Pages.Admin.Accounts;

/// <summary>The administrators: change one's own password, add another administrator, remove one.</summary>
public sealed class IndexModel(AdminAccounts accounts) : PageModel
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
            return await RefuseAsync("The current password is wrong.", cancellationToken);
        }
        if (NewPasswordProblem(password, confirm) is { } problem)
        {
            return await RefuseAsync(problem, cancellationToken);
        }
        var user = await accounts.SetPasswordAsync(Me, password!, cancellationToken);
        // The new hash ends every other session; this one is re-issued so the admin stays signed in here.
        await AdminSignIn.SignInAsync(HttpContext, user);
        Message = "Password changed. Sessions signed in elsewhere have ended.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAddAsync(string? name, string? password, string? confirm, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            return await RefuseAsync("Choose a name of 1 to 100 characters.", cancellationToken);
        }
        if (NewPasswordProblem(password, confirm) is { } problem)
        {
            return await RefuseAsync(problem, cancellationToken);
        }
        if (await accounts.TryCreateAsync(name, password!, cancellationToken) is null)
        {
            return await RefuseAsync($"An administrator named \"{name.Trim()}\" already exists.", cancellationToken);
        }
        Message = $"Administrator {name.Trim()} added.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? name, CancellationToken cancellationToken)
    {
        if (string.Equals(name, Me, StringComparison.OrdinalIgnoreCase))
        {
            return await RefuseAsync("You cannot remove your own account while signed in with it.", cancellationToken);
        }
        if (name is null || !await accounts.TryDeleteAsync(name, cancellationToken))
        {
            return await RefuseAsync($"No other administrator named \"{name}\" can be removed.", cancellationToken);
        }
        Message = $"Administrator {name} removed; their sessions have ended.";
        return RedirectToPage();
    }

    private static string? NewPasswordProblem(string? password, string? confirm) =>
        AdminAccounts.PasswordProblem(password) ?? (password != confirm ? "The two passwords differ." : null);

    private async Task<PageResult> RefuseAsync(string problem, CancellationToken cancellationToken)
    {
        Problem = problem;
        Users = await accounts.ListAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
