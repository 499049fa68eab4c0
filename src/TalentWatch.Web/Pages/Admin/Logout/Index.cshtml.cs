using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentWatch.Web.Admin;

namespace TalentWatch.Web.Pages.Admin.Logout;

/// <summary>POST only (with the antiforgery token): a link or image elsewhere cannot sign the administrator out.</summary>
public sealed class IndexModel : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(AdminPolicy.Scheme);
        return LocalRedirect("/admin/login");
    }
}
