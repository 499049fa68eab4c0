namespace TalentWatch.Web.Cli;

/// <summary>
/// The executable's verbs. Anything that is not a verb (no arguments, --urls, key=value) belongs to the web host,
/// so `dotnet run -- --urls ...` and environment variables keep working.
/// </summary>
public static class CommandLine
{
    public const string Usage = """
        usage: TalentWatch.Web [host options]            serve the web app (e.g. --urls http://127.0.0.1:5080)
               TalentWatch.Web scrape --once [--source NAME]
                                                          run every enabled source (or one) once, then exit
               TalentWatch.Web extract PATH... [--base-url URL]
                                                          extract saved HTML files or folders; JSON Lines on stdout
               TalentWatch.Web reprocess                  re-extract and re-tag stored articles from their kept HTML
               TalentWatch.Web backup PATH                a consistent copy of the database (safe while the app runs)
               TalentWatch.Web demo [--remove]            load (or remove) a few invented sample articles to see the app offline
               TalentWatch.Web admin set-password [--user NAME]
                                                          create an administrator or change its password (from stdin)
               TalentWatch.Web help
        """;

    public static bool IsVerb(string[] args) =>
        args is { Length: > 0 } && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal);

    /// <summary>--help, -h or -? alone, or after a verb: usage, not a web server.</summary>
    public static bool IsHelp(string[] args) => args is not null && args.Any(a => a is "--help" or "-h" or "-?" or "/?");

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (IsHelp(args))
        {
            await Console.Out.WriteLineAsync(Usage);
            return 0;
        }
        var rest = args[1..];
        switch (args[0])
        {
            case "scrape":
                return await ScrapeCommand.RunAsync(rest);
            case "reprocess":
                return await ReprocessCommand.RunAsync(rest);
            case "backup":
                return await BackupCommand.RunAsync(rest, Console.Out, Console.Error);
            case "extract":
                return ExtractCommand.Run(rest, Console.Out, Console.Error);
            case "demo":
                return await DemoCommand.RunAsync(rest, Console.Out, Console.Error);
            case "admin":
                return await AdminCommand.RunAsync(rest, Console.In, Console.Out, Console.Error);
            case "help":
                await Console.Out.WriteLineAsync(Usage);
                return 0;
            default:
                await Console.Error.WriteLineAsync($"Unknown command \"{args[0]}\".\n{Usage}");
                return 2;
        }
    }

    /// <summary>Removes "--name value" from args; returns the value, or null when absent.</summary>
    internal static string? TakeOption(List<string> args, string name)
    {
        var index = args.IndexOf(name);
        if (index < 0)
        {
            return null;
        }
        if (index + 1 >= args.Count)
        {
            throw new ArgumentException($"{name} needs a value.");
        }
        var value = args[index + 1];
        args.RemoveRange(index, 2);
        return value;
    }

    internal static bool TakeFlag(List<string> args, string name) => args.Remove(name);
}
