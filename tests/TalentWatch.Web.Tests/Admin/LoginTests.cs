using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Web.Admin;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Admin;

public class LoginTests
{
    public static TheoryData<string, string> AdminRequests => new()
    {
        { "GET", "/admin" },
        { "GET", "/admin/sources" },
        { "GET", "/admin/sources/add" },
        { "GET", "/admin/sources/edit/1" },
        { "GET", "/admin/sources/import" },
        { "GET", "/admin/sources.opml" },
        { "GET", "/admin/moves/export" },
        { "GET", "/admin/scrape-log" },
        { "GET", "/admin/scrape-log?source=1" },
        { "GET", "/admin/logout" },
        { "POST", "/admin/logout" },
        { "POST", "/admin/sources?handler=Run&id=1" },
        { "POST", "/admin/sources?handler=Toggle&id=1" },
        { "POST", "/admin/sources?handler=Delete&id=1&articles=remove" },
        { "POST", "/admin/sources/add" },
        { "POST", "/admin/sources/import" },
        { "POST", "/admin/sources/edit/1" },
        { "GET", "/admin/entities" },
        { "GET", "/admin/entities?q=tesla&kind=Org&confirmed=false" },
        { "GET", "/admin/entities/tesla" },
        { "POST", "/admin/entities?handler=Confirm&slug=tesla" },
        { "POST", "/admin/entities?handler=Reject&slug=tesla" },
        { "POST", "/admin/entities?handler=Reprocess" },
        { "POST", "/admin/entities/tesla" },
        { "POST", "/admin/entities/tesla?handler=Merge&target=openai" },
        { "GET", "/admin/removed-names" },
        { "POST", "/admin/removed-names?handler=Restore&slug=tesla" },
        { "GET", "/admin/accounts" },
        { "POST", "/admin/accounts?handler=Password" },
        { "POST", "/admin/accounts?handler=Add" },
        { "POST", "/admin/accounts?handler=Remove" },
        { "GET", "/admin/moves" },
        { "GET", "/admin/moves?status=all&type=join&company=openai&lang=en&confidence=0.5" },
        { "GET", "/admin/moves?handler=Entities&kind=org&q=open" },
        { "POST", "/admin/moves?handler=Confirm&id=1" },
        { "POST", "/admin/moves?handler=Reject&id=1" },
        { "GET", "/admin/moves/1" },
        { "POST", "/admin/moves/1?handler=Verdict&verdict=confirm" },
        { "POST", "/admin/moves/1?handler=Correct" },
        { "POST", "/admin/moves/1?handler=Merge&other=2" },
        { "POST", "/admin/moves/1?handler=Split&move=1" },
        { "POST", "/admin/moves/1?handler=Background&background=true" },
    };

    /// <summary>The pages that must answer strangers: signing in, and creating the first account.</summary>
    private static readonly string[] AnonymousAdminRoutes = ["admin/login", "admin/setup"];

    [Fact]
    public async Task Every_admin_route_the_app_maps_is_listed_above_or_meant_for_strangers()
    {
        using var app = new TalentWatchApp();
        using var client = app.CreateClient();
        var listed = AdminRequests.Select(row => new Uri("http://x" + (string)row[1]).AbsolutePath.Trim('/')).ToHashSet(StringComparer.Ordinal);

        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText?.Trim('/') ?? string.Empty)
            .Where(route => route.StartsWith("admin", StringComparison.OrdinalIgnoreCase))
            .Select(route => route.Replace("{slug}", "tesla", StringComparison.Ordinal).Replace("{id:int}", "1", StringComparison.Ordinal).Replace("{id:long}", "1", StringComparison.Ordinal).Replace("{id}", "1", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.Contains("admin/removed-names", mapped);
        var unlisted = mapped.Where(route => !listed.Contains(route) && !AnonymousAdminRoutes.Contains(route)).ToList();
        Assert.True(unlisted.Count == 0, "Admin routes missing from AdminRequests: " + string.Join(", ", unlisted));
    }

    [Theory]
    [MemberData(nameof(AdminRequests))]
    public async Task Anonymous_requests_to_admin_pages_and_actions_go_to_the_login(string method, string path)
    {
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);

        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        using var response = await session.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_right_password_signs_in_and_sign_out_needs_a_post()
    {
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        await session.CreateAdminAsync();

        using var login = await session.LoginAsync();
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/admin", login.Headers.Location!.OriginalString);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("TalentWatch.Admin=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        using var home = await session.Client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);

        using var logout = await session.PostFormAsync("/admin/logout", new Dictionary<string, string>(), tokenFrom: "/admin");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        using var after = await session.Client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        await session.SignInAsync();

        using var logout = await session.Client.PostAsync(new Uri("/admin/logout", UriKind.Relative), new FormUrlEncodedContent([]));
        using var login = await session.Client.PostAsync(new Uri("/admin/login", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "admin", ["Password"] = AdminSession.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        using var still = await session.Client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task Every_admin_action_refuses_a_signed_in_post_without_the_antiforgery_token()
    {
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        await session.SignInAsync();
        var posts = AdminRequests.Where(row => (string)row[0] == "POST").Select(row => (string)row[1]).ToList();
        Assert.Contains("/admin/moves/1?handler=Merge&other=2", posts);

        var accepted = new List<string>();
        foreach (var path in posts)
        {
            using var response = await session.Client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([]));
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                accepted.Add($"{path}: {(int)response.StatusCode}");
            }
        }

        Assert.True(accepted.Count == 0, "answered without a token: " + string.Join(", ", accepted));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_out_even_for_the_right_one()
    {
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        await session.CreateAdminAsync();

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await session.LoginAsync(password: "wrong password " + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Null(wrong.Headers.Location);
        }
        using var throttled = await session.LoginAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.NotNull(throttled.Headers.RetryAfter);
        Assert.DoesNotContain(throttled.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [],
            c => c.StartsWith("TalentWatch.Admin=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wrong_passwords_for_a_name_longer_than_the_stored_key_lock_it_out_too()
    {
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        await session.CreateAdminAsync();
        var longName = new string('x', 500);

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await session.LoginAsync(name: longName, password: "wrong password " + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        using var throttled = await session.LoginAsync(name: longName);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("/%5cevil.example/")]
    [InlineData("/%5Cevil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("\\\\evil.example/")]
    [InlineData("/%2F/evil.example/")]
    public async Task A_foreign_return_url_after_login_goes_to_the_admin_home(string returnUrl)
    {
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        await session.CreateAdminAsync();

        using var response = await session.LoginAsync(returnUrl: returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_local_return_url_is_honoured()
    {
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        await session.CreateAdminAsync();

        using var response = await session.LoginAsync(returnUrl: "/admin/sources?x=1");

        Assert.Equal("/admin/sources?x=1", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Setup_creates_the_first_administrator_once_then_disappears()
    {
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        var setup = session.SetupPath;
        using (var page = await session.Client.GetAsync(new Uri(setup, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
        var fields = new Dictionary<string, string> { ["UserName"] = "root", ["Password"] = AdminSession.Password, ["Confirm"] = AdminSession.Password };

        using var created = await session.PostFormAsync(setup, fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        using (var home = await session.Client.GetAsync(new Uri("/admin", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        }

        using var other = new AdminSession(app);
        using var again = await other.Client.GetAsync(new Uri(setup, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        var token = await other.TokenAsync("/admin/login");
        using var second = await other.Client.PostAsync(new Uri(setup, UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string>(fields) { ["UserName"] = "intruder", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        using var intruder = await other.LoginAsync("intruder");
        Assert.Equal(HttpStatusCode.Unauthorized, intruder.StatusCode);
    }

    [Fact]
    public async Task Data_protection_keys_live_beside_the_database_so_a_restart_keeps_sessions()
    {
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        await session.SignInAsync();

        Assert.NotEmpty(Directory.GetFiles(Path.Combine(app.Folder, "keys"), "key-*.xml"));
    }

    [Fact]
    public async Task Over_https_the_session_cookie_is_secure()
    {
        using var app = new TalentWatchApp();
        await app.Services.GetRequiredService<AdminAccounts>().SetPasswordAsync("admin", AdminSession.Password, CancellationToken.None);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri("https://localhost/"),
        });
        var token = AdminSession.Token(await client.GetStringAsync(new Uri("/admin/login", UriKind.Relative)));

        using var login = await client.PostAsync(new Uri("/admin/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin",
            ["Password"] = AdminSession.Password,
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("TalentWatch.Admin=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Changing_the_password_ends_earlier_sessions()
    {
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        await session.SignInAsync();
        using (var before = await session.Client.GetAsync(new Uri("/admin", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await app.Services.GetRequiredService<AdminAccounts>().SetPasswordAsync("admin", "a brand new passphrase", CancellationToken.None);

        using var after = await session.Client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }
}
