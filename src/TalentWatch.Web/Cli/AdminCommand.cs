using System.CommandLine;
using TalentWatch.Web.Admin;
using TalentWatch.Web.Hosting;

namespace TalentWatch.Web.Cli;

/// <summary>
/// `admin set-password [--user NAME]`: creates the account or replaces its password. The password comes from stdin,
/// never from an argument, so it stays out of shell history and the process list.
/// </summary>
public static class AdminCommand
{
    public static Command Create(string[] settings, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var user = new Option<string>("--user") { Description = "The administrator's name.", HelpName = "NAME", DefaultValueFactory = _ => AdminAccounts.DefaultName };
        var setPassword = new Command("set-password", "Create an administrator or change its password; the password is read from stdin.") { user };
        setPassword.SetAction(parsed => SetPasswordAsync(parsed.GetRequiredValue(user), settings, console));
        var admin = new Command("admin", "Administrator accounts.") { setPassword };
        admin.SetAction(_ =>
        {
            console.Error.WriteLine("admin needs a subcommand: set-password [--user NAME] (the password is read from stdin).");
            return CommandLine.UsageError;
        });
        return admin;
    }

    private static async Task<int> SetPasswordAsync(string name, string[] settings, CliConsole console)
    {
        var (input, output, error) = (console.Input, console.Output, console.Error);
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            await error.WriteLineAsync("The name must have 1 to 100 characters.");
            return CommandLine.UsageError;
        }
        if (ReferenceEquals(input, Console.In) && !Console.IsInputRedirected)
        {
            await error.WriteAsync($"Password for {name}: ");
        }
        var password = (await input.ReadLineAsync())?.TrimEnd('\r');
        if (AdminAccounts.PasswordProblem(password) is { } problem)
        {
            await error.WriteLineAsync(problem);
            return CommandLine.UsageError;
        }
        var builder = Host.CreateApplicationBuilder(settings);
        if (!ConfigurationCheck.Passes(builder.Configuration, error))
        {
            return ExitCodes.BadConfiguration;
        }
        builder.AddTalentWatchLogging(consoleToStandardError: true).AddTalentWatchStorage();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AdminAccounts>();
        using var host = builder.Build();
        if (!await host.Services.TryMigrateDatabaseAsync(error))
        {
            return ExitCodes.StorageUnavailable;
        }
        await host.Services.GetRequiredService<AdminAccounts>().SetPasswordAsync(name, password!, CancellationToken.None);
        await output.WriteLineAsync($"Password set for administrator \"{name.Trim()}\".");
        return 0;
    }
}
