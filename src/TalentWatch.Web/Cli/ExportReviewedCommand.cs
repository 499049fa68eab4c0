using System.CommandLine;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Editorial;
using TalentWatch.Storage;
using TalentWatch.Web.Hosting;

namespace TalentWatch.Web.Cli;

/// <summary>
/// `export-reviewed [--output PATH]`: the articles the editors reviewed, in the shared gold-corpus format (the same JSON
/// as GET /admin/moves/export), for ../shared/eval/run-eval to score an extractor against the editors' verdicts.
/// </summary>
public static class ExportReviewedCommand
{
    public static Command Create(string[] settings, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var output = new Option<string>("--output", "-o") { Description = "The new file to write (an existing file is never overwritten); stdout without it.", HelpName = "PATH" };
        var command = new Command("export-reviewed", "Write the articles the editors reviewed as a gold corpus (articles.json format) for run-eval.") { output };
        command.SetAction(parsed => RunAsync(parsed.GetValue(output), settings, console));
        return command;
    }

    private static async Task<int> RunAsync(string? path, string[] settings, CliConsole console)
    {
        var builder = Host.CreateApplicationBuilder(settings);
        if (!ConfigurationCheck.Passes(builder.Configuration, console.Error))
        {
            return ExitCodes.BadConfiguration;
        }
        builder.AddTalentWatchLogging(consoleToStandardError: true).AddTalentWatchStorage();
        using var host = builder.Build();
        if (!await host.Services.TryMigrateDatabaseAsync(console.Error))
        {
            return ExitCodes.StorageUnavailable;
        }
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<TalentWatchDb>>().CreateDbContextAsync();
        if (path is null)
        {
            // Through the console's writer, so a test (or a pipe) reads it as text.
            using var buffer = new MemoryStream();
            await ReviewedCorpus.WriteAsync(db, buffer, CancellationToken.None);
            await console.Output.WriteLineAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            return 0;
        }
        FileStream file;
        try
        {
            // CreateNew: an earlier export (perhaps the baseline of a comparison) is never overwritten.
            file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        }
        catch (IOException) when (File.Exists(path))
        {
            await console.Error.WriteLineAsync($"Export failed: {path} already exists: name a new file, so no earlier export is overwritten.");
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"Export failed: {ex.Message}");
            return 1;
        }
        int articles;
        try
        {
            await using (file)
            {
                articles = await ReviewedCorpus.WriteAsync(db, file, CancellationToken.None);
            }
        }
        catch
        {
            // Half a JSON array would only fail later, in run-eval: no file is better than a truncated one.
            File.Delete(path);
            throw;
        }
        await console.Output.WriteLineAsync($"Exported {articles} reviewed articles to {path}.");
        return 0;
    }
}
