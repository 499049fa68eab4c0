using System.Net;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Security;

public class ErrorPageTests
{
    [Fact]
    public async Task A_missing_page_names_its_path_encoded()
    {
        using var app = new TalentWatchApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/no/%3Cscript%3Ealert(1)%3C/script%3E", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Not found", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_errors_keep_their_own_bodies()
    {
        using var app = new TalentWatchApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/articles/999999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
