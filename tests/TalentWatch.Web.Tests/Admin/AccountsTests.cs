using System.Net;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Admin;

/// <summary>The administrators page: changing one's password, adding and removing administrators.</summary>
public class AccountsTests
{
    private const string NewPassword = "a much longer secret";

    private static async Task<HttpStatusCode> StatusOfAsync(AdminSession session, string path)
    {
        using var response = await session.Client.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }

    private static async Task<HttpResponseMessage> PostAsync(AdminSession session, string handler, Dictionary<string, string> fields) =>
        await session.PostFormAsync($"/admin/accounts?handler={handler}", fields, tokenFrom: "/admin/accounts");

    [Fact]
    public async Task Changing_the_password_keeps_this_session_and_ends_the_others()
    {
        using var app = new TalentWatchApp();
        using var here = new AdminSession(app);
        using var elsewhere = new AdminSession(app);
        await here.SignInAsync();
        (await elsewhere.LoginAsync()).Dispose();

        using (var wrong = await PostAsync(here, "Password", new() { ["current"] = "not the password", ["password"] = NewPassword, ["confirm"] = NewPassword }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
            Assert.Contains("current password is wrong", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var differ = await PostAsync(here, "Password", new() { ["current"] = AdminSession.Password, ["password"] = NewPassword, ["confirm"] = NewPassword + "!" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, differ.StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(elsewhere, "/admin"));

        using var changed = await PostAsync(here, "Password", new() { ["current"] = AdminSession.Password, ["password"] = NewPassword, ["confirm"] = NewPassword });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(here, "/admin"));
        Assert.Equal(HttpStatusCode.Redirect, await StatusOfAsync(elsewhere, "/admin"));
        using var third = new AdminSession(app);
        using (var old = await third.LoginAsync())
        {
            Assert.NotEqual(HttpStatusCode.Redirect, old.StatusCode);
        }
        using var fresh = await third.LoginAsync(password: NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
    }

    [Fact]
    public async Task An_added_administrator_can_sign_in_and_names_are_unique_without_case()
    {
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        await session.SignInAsync();

        using var added = await PostAsync(session, "Add", new() { ["name"] = "Nadia", ["password"] = NewPassword, ["confirm"] = NewPassword });
        using var twice = await PostAsync(session, "Add", new() { ["name"] = "NADIA", ["password"] = NewPassword, ["confirm"] = NewPassword });
        using var weak = await PostAsync(session, "Add", new() { ["name"] = "Omar", ["password"] = "short", ["confirm"] = "short" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        var page = await session.Client.GetStringAsync(new Uri("/admin/accounts", UriKind.Relative));
        Assert.Contains("data-account=\"Nadia\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-account=\"Omar\"", page, StringComparison.Ordinal);
        using var nadia = new AdminSession(app);
        using var login = await nadia.LoginAsync("nadia", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task Removing_an_administrator_ends_their_sessions_but_nobody_removes_themselves()
    {
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        await session.SignInAsync();
        (await PostAsync(session, "Add", new() { ["name"] = "nadia", ["password"] = NewPassword, ["confirm"] = NewPassword })).Dispose();
        using var nadia = new AdminSession(app);
        (await nadia.LoginAsync("nadia", NewPassword)).Dispose();
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(nadia, "/admin"));

        using var self = await PostAsync(session, "Remove", new() { ["name"] = "ADMIN" });
        using var removed = await PostAsync(session, "Remove", new() { ["name"] = "nadia" });
        using var unknown = await PostAsync(session, "Remove", new() { ["name"] = "nobody" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, self.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await StatusOfAsync(nadia, "/admin"));
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(session, "/admin"));
    }
}
