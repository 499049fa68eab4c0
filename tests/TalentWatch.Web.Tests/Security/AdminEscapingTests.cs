using Microsoft.EntityFrameworkCore;
using TalentWatch.Web.Tests.Admin;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Security;

public class AdminEscapingTests
{
    [Fact]
    public async Task Source_names_and_errors_from_the_outside_are_shown_as_text()
    {
        const string Payload = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        using var app = new TalentWatchApp(TalentWatchApp.Sources((Payload, "rss", new Uri("https://wire.example/feed.xml"), null)));
        using var session = new AdminSession(app);
        await session.SignInAsync();
        await app.QueryAsync(db => db.Sources.ExecuteUpdateAsync(u => u.SetProperty(s => s.LastError, Payload)));

        var html = await session.Client.GetStringAsync(new Uri("/admin/sources", UriKind.Relative));

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }
}
