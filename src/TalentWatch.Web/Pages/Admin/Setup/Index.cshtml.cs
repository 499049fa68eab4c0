using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentWatch.Web.Admin;

namespace TalentWatch.Web.Pages.Admin.Setup;

/// <summary>First run only: creates the first administrator; once one exists this page does not exist either.</summary>
public sealed class IndexModel(AdminAccounts accounts) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; } = AdminAccounts.DefaultName;

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await accounts.AnyAsync(cancellationToken) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await accounts.AnyAsync(cancellationToken))
        {
            return NotFound();
        }
        Error = string.IsNullOrWhiteSpace(UserName) || UserName.Trim().Length > 100 ? "Choose a name of 1 to 100 characters."
            : AdminAccounts.PasswordProblem(Password) ?? (Password != Confirm ? "The two passwords differ." : null);
        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var user = await accounts.TryCreateFirstAsync(UserName!, Password!, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }
        await AdminSignIn.SignInAsync(HttpContext, user);
        return LocalRedirect(ReturnUrls.Home);
    }
}
