using TalentWatch.Web.Admin;
using TalentWatch.Web.Hosting;

namespace TalentWatch.Web.Cli;

/// <summary>
/// `admin set-password [--user NAME]`: creates the account or replaces its password. The password comes from stdin,
/// never from an argument, so it stays out of shell history and the process list.
/// </summary>
public static class AdminCommand
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var options = args.ToList();
        if (options.Count == 0 || options[0] != "set-password")
        {
            await error.WriteLineAsync("usage: admin set-password [--user NAME]   (the password is read from stdin)");
            return 2;
        }
        options.RemoveAt(0);
        string name;
        try
        {
            name = CommandLine.TakeOption(options, "--user") ?? AdminAccounts.DefaultName;
        }
        catch (ArgumentException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 2;
        }
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            await error.WriteLineAsync("The name must have 1 to 100 characters.");
            return 2;
        }
        if (ReferenceEquals(input, Console.In) && !Console.IsInputRedirected)
        {
            await error.WriteAsync($"Password for {name}: ");
        }
        var password = (await input.ReadLineAsync())?.TrimEnd('\r');
        if (AdminAccounts.PasswordProblem(password) is { } problem)
        {
            await error.WriteLineAsync(problem);
            return 2;
        }
        var builder = Host.CreateApplicationBuilder([.. options]);
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
