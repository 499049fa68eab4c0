using System.Globalization;

namespace TalentWatch.Web.Pages.Common;

/// <summary>
/// The page of a list a reader asked for (?page=N; 1 when absent or not a number), at most <c>max</c>. Read from the
/// query: "page" is the route value that names a Razor page, so model binding never sees the reader's.
/// </summary>
public static class RequestedPage
{
    public static int From(IQueryCollection query, int max = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(query);
        return int.TryParse(query["page"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? Math.Clamp(page, 1, max) : 1;
    }
}
