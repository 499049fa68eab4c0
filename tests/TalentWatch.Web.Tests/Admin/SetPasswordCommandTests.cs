using System.Net;
using TalentWatch.Web.Cli;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Admin;

public class SetPasswordCommandTests
{
    [Fact]
    public async Task The_cli_sets_a_password_read_from_stdin_and_it_signs_in()
    {
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        using (await session.Client.GetAsync(new Uri("/admin/login", UriKind.Relative)))
        {
            // starts the app, which creates the database
        }
        using var output = new StringWriter();
        using var error = new StringWriter();
        var database = Path.Combine(app.Folder, "talentwatch.db");

        var code = await CommandLine.RunAsync(
            ["admin", "set-password", "--user", "ops", $"--ConnectionStrings:TalentWatch=Data Source={database}", $"--TalentWatch:LogFolder={Path.Combine(app.Folder, "logs")}"],
            new CliConsole(new StringReader("long enough secret\n"), output, error));

        Assert.Equal(0, code);
        Assert.Contains("ops", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("long enough secret", output.ToString() + error, StringComparison.Ordinal);
        using var login = await session.LoginAsync("ops", "long enough secret");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using var wrongCase = await new AdminSession(app).LoginAsync("OPS", "long enough secrets");
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCase.StatusCode);
    }

    [Fact]
    public async Task A_short_password_is_refused()
    {
        using var error = new StringWriter();

        var code = await CommandLine.RunAsync(["admin", "set-password"], new CliConsole(new StringReader("short\n"), TextWriter.Null, error));

        Assert.Equal(2, code);
        Assert.Contains("at least", error.ToString(), StringComparison.Ordinal);
    }
}
