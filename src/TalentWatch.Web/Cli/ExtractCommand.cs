using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using TalentWatch.Entities;
using TalentWatch.Extraction;
using TalentWatch.Fetching;
using TalentWatch.Web.Api;

namespace TalentWatch.Web.Cli;

/// <summary>`extract PATH... [--base-url URL]`: saved pages in, one JSON object per file out, no database.</summary>
public static class ExtractCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JsonText.Encoder,
    };

    private static readonly string[] PageExtensions = [".html", ".htm", ".xhtml"];

    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Saved HTML files, or folders searched for .html, .htm and .xhtml files." };
        var baseUrl = new Option<Uri?>("--base-url")
        {
            Description = "The address the pages had; a folder's files get it plus their path below the folder.",
            HelpName = "URL",
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                if (Uri.TryCreate(text, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https")
                {
                    return parsed;
                }
                result.AddError($"--base-url \"{text}\" is not an absolute http(s) URL.");
                return null;
            },
        };
        var command = new Command("extract", "Extract saved HTML pages without a database: one JSON object per page on stdout (JSON Lines).") { paths, baseUrl };
        command.SetAction(parsed => Run(parsed.GetValue(paths) ?? [], parsed.GetValue(baseUrl), console.Output, console.Error));
        return command;
    }

    private static int Run(IReadOnlyList<string> paths, Uri? baseUrl, TextWriter output, TextWriter errors)
    {
        var catalog = EntityCatalog.LoadShipped();
        var matcher = new EntityMatcher(catalog);
        var bySlug = catalog.ToDictionary(e => e.Slug, StringComparer.Ordinal);
        var failures = 0;
        foreach (var (file, url) in Pages(paths, baseUrl, errors, ref failures))
        {
            var line = new JsonObject { ["file"] = file };
            try
            {
                var html = CharsetDecoder.Decode(File.ReadAllBytes(file), contentType: null);
                var article = JsonSerializer.SerializeToNode(ArticleJson.From(ArticleExtractor.Extract(html, url), matcher, bySlug), Json)!.AsObject();
                foreach (var (key, value) in article.ToList())
                {
                    article.Remove(key);
                    line[key] = value;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or HtmlTooComplexException)
            {
                failures++;
                line["error"] = ex.Message;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A page that trips a bug in the extractor is reported with its file, and the rest are still extracted.
                failures++;
                line["error"] = $"extraction failed: {ex.GetType().Name}: {ex.Message}";
                errors.WriteLine($"{file}: extraction failed: {ex}");
            }
            output.WriteLine(line.ToJsonString(Json));
        }
        return failures == 0 ? 0 : 1;
    }

    /// <summary>Each file with the URL it had: --base-url plus its path below the folder given, or its file: URL.</summary>
    private static List<(string File, Uri Url)> Pages(IReadOnlyList<string> paths, Uri? baseUrl, TextWriter errors, ref int failures)
    {
        var pages = new List<(string, Uri)>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                pages.Add((path, baseUrl ?? new Uri(Path.GetFullPath(path))));
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => PageExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    var relative = Path.GetRelativePath(path, file).Replace(Path.DirectorySeparatorChar, '/');
                    pages.Add((file, baseUrl is null ? new Uri(Path.GetFullPath(file)) : new Uri(baseUrl, relative)));
                }
            }
            else
            {
                failures++;
                errors.WriteLine($"No such file or folder: {path}");
            }
        }
        return pages;
    }
}
