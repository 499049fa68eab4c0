using System.Net;
using TalentWatch.Storage;
using TalentWatch.Tests.Storage;
using TalentWatch.Web.Cli;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Admin;

/// <summary>
/// Two instances on one PostgreSQL database behind a balancer: an administrator signed in on one is signed in on the
/// other, and a form served by one is accepted by the other (one Data Protection key ring, in the database); the
/// setup link either one logs works on both, and wrong passwords sent to both count together.
/// </summary>
[Collection(PostgresCluster.Collection)]
public sealed partial class SharedSignInTests(PostgresCluster cluster)
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
            Assert.Equal(0, await CommandLine.RunAsync(
                ["admin", "set-password", "--user", "ops", "--TalentWatch:Database:Provider=postgres", $"--ConnectionStrings:TalentWatch={database.ConnectionString}",
                    $"--TalentWatch:LogFolder={Path.Combine(first.Folder, "logs")}"],
                new CliConsole(new StringReader("long enough secret\n"), output, error)));
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

    [Fact]
    public async Task The_setup_link_one_instance_logs_works_on_the_other_and_wrong_passwords_count_on_both()
    {
        var database = new AppDatabase(DatabaseProvider.Postgres, cluster.NewDatabase());
        await using var first = new AppProcess(database.Settings());
        await using var second = new AppProcess(database.Settings());
        first.Settings["TalentWatch:Scraper:InstanceName"] = "first";
        second.Settings["TalentWatch:Scraper:InstanceName"] = "second";
        await first.StartHealthyAsync();
        await second.StartHealthyAsync();
        var token = SetupLink().Match(first.Output).Groups["token"].Value;
        Assert.NotEmpty(token);

        var cookies = new CookieContainer();
        using var toFirst = Client(first, cookies);
        using var toSecond = Client(second, cookies);
        var setupPath = "/admin/setup?token=" + token;
        var setupForm = await toSecond.GetStringAsync(setupPath);
        var account = new Dictionary<string, string> { ["Token"] = token, ["UserName"] = "ops", ["Password"] = "long enough secret", ["Confirm"] = "long enough secret" };
        using (var created = await PostAsync(toSecond, setupPath, setupForm, account))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }
        using (var gone = await toFirst.GetAsync(new Uri(setupPath, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        using var guesserToFirst = Client(first, new CookieContainer());
        using var guesserToSecond = Client(second, new CookieContainer());
        for (var i = 0; i < 5; i++)
        {
            var to = i % 2 == 0 ? guesserToFirst : guesserToSecond;
            using var wrong = await PostAsync(to, "/admin/login", await to.GetStringAsync("/admin/login"), new() { ["UserName"] = "ops", ["Password"] = "guess " + i });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        foreach (var to in new[] { guesserToFirst, guesserToSecond })
        {
            using var locked = await PostAsync(to, "/admin/login", await to.GetStringAsync("/admin/login"), new() { ["UserName"] = "ops", ["Password"] = "long enough secret" });
            Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"/admin/setup\?token=(?<token>[A-Za-z0-9_-]+)")]
    private static partial System.Text.RegularExpressions.Regex SetupLink();

    private static HttpClient Client(AppProcess app, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = app.BaseUrl };

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string pageWithToken, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = AdminSession.Token(pageWithToken);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }
}
