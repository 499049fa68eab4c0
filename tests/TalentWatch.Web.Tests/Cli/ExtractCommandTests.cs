using System.Text.Json;
using TalentWatch.Web.Cli;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Cli;

public class ExtractCommandTests
{
    [Fact]
    public async Task Prints_one_json_object_per_saved_page_with_the_api_fields_and_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("talentwatch-extract-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "2024", "04"));
            var page = Path.Combine(folder, "2024", "04", "story.html");
            File.WriteAllText(page, SamplePages.Article("Saved story about a hire", new DateTimeOffset(2024, 4, 4, 10, 30, 0, TimeSpan.FromHours(3)), [SamplePages.Paragraphs("Saved")]));
            File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a page");
            using var output = new StringWriter();
            using var errors = new StringWriter();

            var exit = await CommandLine.RunAsync(["extract", folder, "--base-url", "https://news.example.com/"], new CliConsole(TextReader.Null, output, errors));

            Assert.Equal(0, exit);
            var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.Equal(page, root.GetProperty("file").GetString());
            Assert.Equal("https://news.example.com/2024/04/story.html", root.GetProperty("url").GetString());
            Assert.Equal("Saved story about a hire", root.GetProperty("title").GetString());
            Assert.Equal("2024-04-04T10:30:00+03:00", root.GetProperty("publishedAt").GetString());
            Assert.Contains("Saved is the story of the week", root.GetProperty("text").GetString(), StringComparison.Ordinal);
            foreach (var field in new[] { "id", "author", "language", "fetchedAt", "source", "relevant", "relevance", "entities", "moves" })
            {
                Assert.True(root.TryGetProperty(field, out _), field);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_path_is_reported_and_the_exit_code_says_so()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await CommandLine.RunAsync(["extract", "/no/such/file.html"], new CliConsole(TextReader.Null, output, errors));
        Assert.Equal(1, exit);
        Assert.Contains("No such file", errors.ToString(), StringComparison.Ordinal);
    }
}
