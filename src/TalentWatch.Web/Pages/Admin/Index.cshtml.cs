using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TalentWatch.Web.Pages.Admin;

public sealed class IndexModel : PageModel
{
    public string? UserName => User.Identity?.Name;
}
