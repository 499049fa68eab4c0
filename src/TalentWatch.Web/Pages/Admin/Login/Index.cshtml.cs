using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TalentWatch.Web.Admin;

namespace TalentWatch.Web.Pages.Admin.Login;

public sealed class IndexModel(AdminAccounts accounts, LoginThrottle throttle, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }
    public bool NoAdminYet { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        NoAdminYet = !await accounts.AnyAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (await throttle.IsLockedAsync(address, UserName, cancellationToken))
        {
            Error = localizer["Too many failed sign-ins. Try again in a few minutes."];
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)LoginThrottle.Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }
        var user = await accounts.VerifyAsync(UserName, Password, cancellationToken);
        if (user is null)
        {
            await throttle.RecordFailureAsync(address, UserName, cancellationToken);
            Error = localizer["Wrong name or password."];
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        await throttle.RecordSuccessAsync(address, UserName, cancellationToken);
        await AdminSignIn.SignInAsync(HttpContext, user);
        return LocalRedirect(ReturnUrls.Safe(Url, ReturnUrl));
    }
}
