using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TalentWatch.Web.Admin;

namespace TalentWatch.Web.Pages.Admin.Setup;

/// <summary>
/// First run only: creates the first administrator, for whoever holds the one-time token from the start-up log; once
/// an administrator exists this page does not exist either.
/// </summary>
public sealed class IndexModel(AdminAccounts accounts, SetupToken setupToken, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>From the link in the log (?token=) and, on the form, a hidden field.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? UserName { get; set; } = AdminAccounts.DefaultName;

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    public string? Error { get; private set; }

    /// <summary>The token is missing or wrong: the page explains where to find it and shows no form.</summary>
    public bool TokenRefused { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await accounts.AnyAsync(cancellationToken) ? NotFound()
            : await setupToken.MatchesAsync(Token, cancellationToken) ? Page() : RefuseToken();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await accounts.AnyAsync(cancellationToken))
        {
            return NotFound();
        }
        if (!await setupToken.MatchesAsync(Token, cancellationToken))
        {
            return RefuseToken();
        }
        Error = string.IsNullOrWhiteSpace(UserName) || UserName.Trim().Length > 100 ? localizer["Choose a name of 1 to 100 characters."].Value
            : AdminAccounts.NewPasswordProblem(Password, Confirm, localizer);
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
        await setupToken.RevokeAsync(cancellationToken);
        await AdminSignIn.SignInAsync(HttpContext, user);
        return LocalRedirect(ReturnUrls.Home);
    }

    /// <summary>403 with this page's explanation; Forbid() would send the visitor to the sign-in page instead.</summary>
    private PageResult RefuseToken()
    {
        TokenRefused = true;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
