using System.Text;
using System.Text.RegularExpressions;

namespace TalentWatch.Benchmarks;

/// <summary>Article pages written by render_site.py, decoded with the charset each page declares.</summary>
internal static partial class RenderedPages
{
    public const string FolderVariable = "TALENTWATCH_BENCH_PAGES";

    public static List<(string Html, Uri Url)> Load(string folder)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var pages = new List<(string, Uri)>();
        foreach (var file in Directory.EnumerateFiles(folder, "index.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            // Article pages live under /YYYY/MM/slug/; listings and pagination are not articles.
            if (!ArticlePath().IsMatch(relative))
            {
                continue;
            }

            pages.Add((Decode(File.ReadAllBytes(file)), new Uri("http://example.test/" + relative)));
        }

        return pages;
    }

    public static string Decode(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        var charset = Charset().Match(head);
        var encoding = charset.Success ? Encoding.GetEncoding(charset.Groups[1].Value) : Encoding.UTF8;
        return encoding.GetString(bytes);
    }

    [GeneratedRegex(@"(^|/)\d{4}/\d{2}/[^/]+/index\.html$")]
    private static partial Regex ArticlePath();

    [GeneratedRegex(@"charset=[""']?([\w-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
