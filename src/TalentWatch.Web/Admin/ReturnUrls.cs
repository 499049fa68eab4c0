using Microsoft.AspNetCore.Mvc;

namespace TalentWatch.Web.Admin;

/// <summary>Where to go after login: a page of this site, never another host.</summary>
public static class ReturnUrls
{
    public const string Home = "/admin";

    public static string Safe(IUrlHelper url, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (string.IsNullOrEmpty(returnUrl))
        {
            return Home;
        }
        // A browser treats "\" like "/" and some proxies decode %5c before redirecting, so the decoded form must be
        // local too; "/%5cevil" would otherwise become "//evil" one hop later.
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(returnUrl);
        }
        catch (UriFormatException)
        {
            return Home;
        }
        var suspicious = decoded.Contains('\\', StringComparison.Ordinal) || decoded.Any(char.IsControl)
            || returnUrl.StartsWith('~');
        return !suspicious && url.IsLocalUrl(returnUrl) && url.IsLocalUrl(decoded) ? returnUrl : Home;
    }
}
