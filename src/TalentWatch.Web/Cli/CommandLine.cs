using System.CommandLine;
using System.Text.RegularExpressions;

namespace TalentWatch.Web.Cli;

/// <summary>
/// The executable's verbs, on System.CommandLine. Anything that is not a verb (no arguments, --urls, key=value)
/// belongs to the web host, so `dotnet run -- --urls ...` and environment variables keep working.
/// </summary>
public static partial class CommandLine
{
    /// <summary>Exit code for a command line that was not understood (the verbs' own failures use 1).</summary>
    public const int UsageError = 2;

    private const string Description = """
        TalentWatch follows AI-talent moves (joins, departures, new companies, poaching, retention) in English and
        Arabic news. Without a command it serves the web app; host options such as --urls http://127.0.0.1:5080 apply.
        Settings are read from appsettings.json, environment variables (TalentWatch__Scraper__AllowPrivateNetworks=true)
        or Key=Value on any command line (--ConnectionStrings:TalentWatch="Data Source=data/other.db").
        """;

    public static bool IsVerb(string[] args) =>
        args is { Length: > 0 } && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal);

    /// <summary>--help, -h or -? anywhere, or --version alone: answered by the command line, not a web server.</summary>
    public static bool IsHelp(string[] args) =>
        args is not null && (args.Any(a => a is "--help" or "-h" or "-?" or "/?" or "/h") || args is ["--version"]);

    public static Task<int> RunAsync(string[] args) => RunAsync(args, new CliConsole(Console.In, Console.Out, Console.Error));

    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var (settings, words) = SplitSettings(args);
        var root = Root(settings, console);
        if (words is ["help", .. var topic])
        {
            if (topic is [var verb, ..] && !root.Subcommands.Any(c => c.Name == verb))
            {
                await console.Error.WriteLineAsync($"There is no command \"{verb}\". Run \"{root.Name} --help\" for usage.");
                return UsageError;
            }
            words = [.. topic, "--help"];
        }
        var parsed = root.Parse(words, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await console.Error.WriteLineAsync(error.Message);
            }
            var verb = parsed.CommandResult.Command == root ? "" : parsed.CommandResult.Command.Name + " ";
            await console.Error.WriteLineAsync($"Run \"{root.Name} {verb}--help\" for usage.");
            return UsageError;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = console.Output, Error = console.Error });
    }

    private static RootCommand Root(string[] settings, CliConsole console)
    {
        var root = new RootCommand(Description)
        {
            ScrapeCommand.Create(settings, console),
            ExtractCommand.Create(console),
            ReprocessCommand.Create(settings, console),
            BackupCommand.Create(settings, console),
            ExportReviewedCommand.Create(settings, console),
            DemoCommand.Create(settings, console),
            AdminCommand.Create(settings, console),
            new Command("help", "Print this usage, or a command's (help scrape)."),
        };
        // Reached only as `TalentWatch.Web Key=Value` style input that names no verb; the web host handles the rest.
        root.SetAction(_ => console.Error.WriteLine($"Name a command, or run without one to serve the web app. Run \"{root.Name} --help\" for usage."));
        return root;
    }

    /// <summary>
    /// Key=Value, --Key=Value and /Key=Value tokens are settings for the host each verb builds (the same forms the web
    /// host reads); the rest is the verb's own command line. A key is a configuration path (letters, digits, _ and :),
    /// so an option such as --base-url=URL, or a path such as ./a=b.html, stays with the verb.
    /// </summary>
    internal static (string[] Settings, string[] Words) SplitSettings(IReadOnlyList<string> args)
    {
        var settings = new List<string>();
        var words = new List<string>();
        foreach (var arg in args)
        {
            (SettingToken().IsMatch(arg) ? settings : words).Add(arg);
        }
        return ([.. settings], [.. words]);
    }

    [GeneratedRegex(@"^(--|/)?[A-Za-z_][A-Za-z0-9_]*(:[A-Za-z0-9_]+)*=", RegexOptions.CultureInvariant)]
    private static partial Regex SettingToken();
}

/// <summary>Where a verb reads and writes: the process's console, or a test's strings.</summary>
public sealed record CliConsole(TextReader Input, TextWriter Output, TextWriter Error);
