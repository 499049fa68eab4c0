using TalentWatch.Web.Cli;

namespace TalentWatch.Web.Tests.Cli;

/// <summary>The verbs' command line: usage per verb, usage errors named with exit code 2, settings told apart.</summary>
public class CommandLineTests
{
    [Theory]
    [InlineData("scrape", "--source <NAME>")]
    [InlineData("extract", "--base-url <URL>")]
    [InlineData("reprocess", "Re-extract and re-tag")]
    [InlineData("backup", "<PATH>")]
    [InlineData("demo", "--remove")]
    [InlineData("export-reviewed", "--output <PATH>")]
    [InlineData("admin set-password", "--user <NAME>")]
    public async Task Each_verb_prints_its_own_usage_and_runs_nothing(string verb, string expected)
    {
        var (code, output, error) = await RunAsync([.. verb.Split(' '), "--help"]);

        Assert.Equal(0, code);
        // The usage line names the executable: TalentWatch.Web when run, the test host here.
        Assert.Contains($" {verb} ", output, StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact]
    public async Task Help_with_a_verb_is_that_verb_usage()
    {
        var (code, output, _) = await RunAsync(["help", "demo"]);

        Assert.Equal(0, code);
        Assert.Contains(" demo [options]", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scrape", "scrape runs once and exits: add --once")]
    [InlineData("scrape --once --source", "Required argument missing for option: '--source'.")]
    [InlineData("extract", "Required argument 'PATH' missing for command: 'extract'.")]
    [InlineData("extract page.html --base-url ftp://example.com/", "--base-url \"ftp://example.com/\" is not an absolute http(s) URL.")]
    [InlineData("backup one.db two.db", "Unrecognized command or argument 'two.db'.")]
    [InlineData("demo --everything", "Unrecognized command or argument '--everything'.")]
    [InlineData("frobnicate", "Unrecognized command or argument 'frobnicate'.")]
    [InlineData("help frobnicate", "There is no command \"frobnicate\".")]
    [InlineData("admin", "admin needs a subcommand: set-password")]
    public async Task A_command_line_not_understood_is_named_with_exit_code_2(string line, string message)
    {
        var (code, output, error) = await RunAsync(line.Split(' '));

        Assert.Equal(CommandLine.UsageError, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    [Fact]
    public void Settings_are_told_apart_from_the_verb_words()
    {
        var (settings, words) = CommandLine.SplitSettings(
            ["extract", "--ConnectionStrings:TalentWatch=Data Source=x.db", "./a=b.html", "--base-url=https://example.com/?a=b", "Serilog:MinimumLevel:Default=Warning", "/urls=http://127.0.0.1:5080", "page.html"]);

        Assert.Equal(["--ConnectionStrings:TalentWatch=Data Source=x.db", "Serilog:MinimumLevel:Default=Warning", "/urls=http://127.0.0.1:5080"], settings);
        Assert.Equal(["extract", "./a=b.html", "--base-url=https://example.com/?a=b", "page.html"], words);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, new CliConsole(TextReader.Null, output, error));
        return (code, output.ToString(), error.ToString());
    }
}
