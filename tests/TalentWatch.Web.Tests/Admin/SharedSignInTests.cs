using System.Net;
using TalentWatch.Storage;
using TalentWatch.Tests.Storage;
using TalentWatch.Web.Cli;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Admin;

/// <summary>
/// Two instances on one PostgreSQL database behind a balancer: an administrator signed in on one is signed in on the
/// other, and a form served by one is accepted by the other (one Data Protection key ring, in the database).
/// </summary>
[Collection(PostgresCluster.Collection)]
public sealed class SharedSignInTests(PostgresCluster cluster)
{
    [Fact]
    public async Task A_sign_in_and_a_form_token_from_one_instance_hold_on_the_other()
    {
        var database = new AppDatabase(DatabaseProvider.Postgres, cluster.NewDatabase());
        await using var first = new AppProcess(database.Settings());
        await using var second = new AppProcess(database.Settings());
        // Two machines: no home folder in common, where Data Protection would otherwise keep a ring both could read.
        first.Settings["HOME"] = first.Folder;
        second.Settings["HOME"] = second.Folder;
        await first.StartHealthyAsync();
        await second.StartHealthyAsync();
        using (var output = new StringWriter())
        using (var error = new StringWriter())
        {
            Assert.Equal(0, await AdminCommand.RunAsync(
                ["set-password", "--user", "ops", "--TalentWatch:Database:Provider=postgres", $"--ConnectionStrings:TalentWatch={database.ConnectionString}",
                    $"--TalentWatch:LogFolder={Path.Combine(first.Folder, "logs")}"],
                new StringReader("long enough secret\n"), output, error));
        }

        // One browser: cookies go to both instances (a cookie is per host, not per port), as through one balancer.
        var cookies = new CookieContainer();
        using var toFirst = Client(first, cookies);
        using var toSecond = Client(second, cookies);
        var loginForm = await toFirst.GetStringAsync("/admin/login");
        using (var login = await PostAsync(toFirst, "/admin/login", loginForm, new() { ["UserName"] = "ops", ["Password"] = "long enough secret" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        using (var admin = await toSecond.GetAsync("/admin/sources"))
        {
            Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        }
        var formFromFirst = await toFirst.GetStringAsync("/admin");
        using (var logout = await PostAsync(toSecond, "/admin/logout", formFromFirst, []))
        {
            Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        }
        using (var signedOut = await toFirst.GetAsync("/admin/sources"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        }
    }

    private static HttpClient Client(AppProcess app, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = app.BaseUrl };

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string pageWithToken, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = AdminSession.Token(pageWithToken);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }
}
