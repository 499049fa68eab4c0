using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using TalentWatch.Entities;
using TalentWatch.Fetching;
using TalentWatch.Moves;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Tests.Resources;

/// <summary>
/// Every interface string the pages and page models localise has its Arabic entry. Literal keys are read from the
/// sources (T, H and localizer use SharedResource, W uses ValueWords); keys made from values are listed here from the
/// values themselves.
/// </summary>
public partial class ArabicResourcesTests
{
    private static readonly string WebProject = FindWebProject();

    private static readonly Dictionary<string, string> Shared = Read("SharedResource.ar.resx");
    private static readonly Dictionary<string, string> WordEntries = Read("ValueWords.ar.resx");

    [GeneratedRegex("""\b(T|H|localizer|W)\[\s*"((?:[^"\\]|\\.)*)"(?:\s*[,\]])""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"</?[a-z]+[^>]*>")]
    private static partial Regex Tag();

    private static string FindWebProject()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TalentWatch.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("TalentWatch.sln not found above the test output."), "src", "TalentWatch.Web");
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(WebProject, "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    /// <summary>(resource, key, file) for every literal key in the web project's views and C# files.</summary>
    private static List<(string Resource, string Key, string File)> LiteralKeys()
    {
        var files = Directory.EnumerateFiles(WebProject, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        return [.. files.SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(m => (
            m.Groups[1].Value == "W" ? "ValueWords" : "SharedResource",
            Regex.Unescape(m.Groups[2].Value),
            Path.GetRelativePath(WebProject, file))))];
    }

    private static string Missing(IEnumerable<(string Key, string Where)> keys, Dictionary<string, string> entries) =>
        string.Join("\n", keys.Where(k => !entries.TryGetValue(k.Key, out var value) || string.IsNullOrWhiteSpace(value))
            .Select(k => $"{k.Where}: \"{k.Key}\"").Distinct(StringComparer.Ordinal));

    [Fact]
    public void Every_literal_key_in_the_pages_has_an_arabic_entry()
    {
        var keys = LiteralKeys();

        // The scan must see the interface, or an empty result would pass.
        Assert.Contains(keys, k => k.Key == "Administration" && k.File.StartsWith("Pages", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.Key == "Wrong name or password." && k.File.EndsWith(".cshtml.cs", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.Key == "enabled" && k.Resource == "ValueWords");
        Assert.Contains(keys, k => k.Key == "No other entity has the slug \"{0}\".");
        Assert.True(keys.Count > 200, $"{keys.Count} keys found");
        Assert.Equal(string.Empty, Missing(keys.Where(k => k.Resource == "SharedResource").Select(k => (k.Key, k.File)), Shared));
        Assert.Equal(string.Empty, Missing(keys.Where(k => k.Resource == "ValueWords").Select(k => (k.Key, k.File)), WordEntries));
    }

    [Fact]
    public void Keys_made_from_values_have_arabic_entries()
    {
        // W.Of(value): a source's status, an entity's kind.
        var words = Enum.GetValues<SourceStatus>().Select(v => v.ToString()).Concat(Enum.GetValues<EntityKind>().Select(v => v.ToString()))
            .Select(v => (v.ToLowerInvariant(), "W.Of"));
        // T[type]: the move types on the timeline; T[k.Text]: the entity kinds in the edit form's select.
        var shared = Enum.GetValues<MoveType>().Select(v => (v.ToString().ToLowerInvariant(), "MoveType"))
            .Concat(Enum.GetValues<EntityKind>().Select(v => (v.ToString(), "EntityKind select")))
            // T[SectorNames.Label/Tag]: the directory's sector links and row marks.
            .Concat(Enum.GetValues<OrgSector>().SelectMany(v => new[] { (SectorNames.Label(v), "SectorNames.Label"), (SectorNames.Tag(v), "SectorNames.Tag") }))
            // T[ReviewWords...]: the review queue's verdicts, status links and audit actions.
            .Concat(Enum.GetValues<ReviewStatus>().Select(v => (TalentWatch.Web.Pages.Admin.Moves.ReviewWords.Verdict(v), "ReviewWords.Verdict")))
            .Concat(TalentWatch.Web.Pages.Admin.Moves.ReviewWords.StatusFilters.Select(s => (s.Label, "ReviewWords.StatusFilters")))
            .Concat(TalentWatch.Web.Pages.Admin.Moves.ReviewWords.Actions.Select(a => (TalentWatch.Web.Pages.Admin.Moves.ReviewWords.Action(a), "ReviewWords.Action")));
        // localizer[reason] in SourceCheck: one address of every range AddressPolicy names.
        string[] addresses = ["127.0.0.1", "10.0.0.1", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1",
            "240.0.0.1", "255.255.255.255", "::1", "::", "ff02::1", "fd00::1", "fe80::1", "fec0::1", "64:ff9b::7f00:1"];
        var reasons = addresses.Select(a => (AddressPolicy.DescribeNonPublic(IPAddress.Parse(a)) ?? throw new InvalidOperationException(a), a));

        Assert.Equal(string.Empty, Missing(words, WordEntries));
        Assert.Equal(string.Empty, Missing(shared.Concat(reasons), Shared));
    }

    [Theory]
    [InlineData("SharedResource.ar.resx")]
    [InlineData("ValueWords.ar.resx")]
    public void Translations_keep_the_placeholders_and_markup_of_their_key(string file)
    {
        var problems = Read(file)
            .Where(e => !Placeholder().Matches(e.Key).Select(m => m.Value).Order(StringComparer.Ordinal)
                    .SequenceEqual(Placeholder().Matches(e.Value).Select(m => m.Value).Order(StringComparer.Ordinal))
                || !Tag().Matches(e.Key).Select(m => m.Value).SequenceEqual(Tag().Matches(e.Value).Select(m => m.Value)))
            .Select(e => e.Key);

        Assert.Empty(problems);
    }

    [Fact]
    public void A_key_of_one_file_is_not_looked_up_in_the_other_by_mistake()
    {
        // ValueWords holds the lowercase words that would clash with SharedResource headings; the same text in both
        // would mean one of the two entries is never read.
        Assert.DoesNotContain(WordEntries.Keys, Shared.ContainsKey);
    }
}
