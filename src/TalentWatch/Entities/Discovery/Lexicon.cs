using TalentWatch.Text;

namespace TalentWatch.Entities.Discovery;

/// <summary>
/// The word lists that drive discovery, shipped as embedded text files under Discovery/Data so that linguists can edit
/// them without touching code. Every list is a HashSet of <see cref="NameKey"/> forms: lookups are O(1) per token.
/// </summary>
public static class Lexicon
{
    public static IReadOnlySet<string> GivenNames { get; } = Words("given-names.txt");
    public static IReadOnlySet<string> OrgSuffixes { get; } = Words("org-suffixes.txt");
    public static IReadOnlySet<string> OrgHeads { get; } = Words("org-heads.txt");
    /// <summary>Words that split a capitalised run wherever they stand.</summary>
    public static IReadOnlySet<string> Splitters { get; } = Words("generic-words.txt");

    /// <summary>Every word that is not a name alone: the splitters and the edge-only words ("Video", "AI", "Sources").</summary>
    public static IReadOnlySet<string> Generic { get; } = new HashSet<string>(Splitters.Concat(Words("edge-words.txt")), StringComparer.Ordinal);
    public static IReadOnlySet<string> Demonyms { get; } = Words("demonyms.txt");
    public static IReadOnlySet<string> Places { get; } = Phrases("places.txt");
    public static IReadOnlySet<string> NonNameEndings { get; } = Words("non-name-endings.txt");
    public static IReadOnlySet<string> CommonWords { get; } = Words("common-words.txt");

    /// <summary>Product, model and service names (Claude, Siri, Vertex AI): named like companies, never discovered as one.</summary>
    public static IReadOnlySet<string> Products { get; } = Phrases("products.txt");

    /// <summary>The name is a product's, or starts with one ("Claude Sonnet", "Claude Code").</summary>
    public static bool IsProduct(string key) =>
        Products.Contains(key) || (key.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space && Products.Contains(key[..space]));

    /// <summary>A given name, also as the first part of a hyphenated one ("Fei-Fei", "Jean-Pierre").</summary>
    public static bool IsGivenName(string key) =>
        GivenNames.Contains(key) || (key.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space && GivenNames.Contains(key[..space]));
    public static IReadOnlySet<string> RoleCore { get; } = Tagged("roles.txt", "core");
    public static IReadOnlySet<string> RoleModifiers { get; } = Tagged("roles.txt", "mod");
    public static IReadOnlySet<string> ArabicFunctionWords { get; } = Words("arabic-function-words.txt");
    // A transliterated name that is spelt like a function word ("آن" Anne = "أن" that) would start names everywhere.
    public static IReadOnlySet<string> ArabicGivenNames { get; } = new HashSet<string>(Words("arabic-given-names.txt").Except(ArabicFunctionWords), StringComparer.Ordinal);
    public static IReadOnlyDictionary<string, CueKind> ArabicCues { get; } = ArabicCueTable();

    /// <summary>Words that are role titles only when a name follows them ("Prince Harry"), never at the end of a name ("Stephen King").</summary>
    public static IReadOnlySet<string> AmbiguousRoles { get; } = new HashSet<string>(
        ["king", "queen", "prince", "princess", "lord", "justice", "judge", "chair", "fellow", "principal", "captain", "partner", "lead", "leader", "head", "engineer"],
        StringComparer.Ordinal);

    public static bool IsRole(string key) => RoleCore.Contains(key) || RoleModifiers.Contains(key);

    private static List<string> Lines(string file) => DataFile.Lines("TalentWatch.Entities.Discovery.Data." + file);

    private static HashSet<string> Words(string file) =>
        new(Lines(file).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(NameKey.Of).Where(k => k.Length > 0), StringComparer.Ordinal);

    private static HashSet<string> Phrases(string file) =>
        new(Lines(file).SelectMany(l => l.Split('|', StringSplitOptions.RemoveEmptyEntries)).Select(NameKey.Of).Where(k => k.Length > 0), StringComparer.Ordinal);

    private static HashSet<string> Tagged(string file, string tag) =>
        new(Lines(file).Where(l => l.StartsWith(tag + " ", StringComparison.Ordinal))
            .SelectMany(l => l[(tag.Length + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(NameKey.Of), StringComparer.Ordinal);

    private static Dictionary<string, CueKind> ArabicCueTable()
    {
        var table = new Dictionary<string, CueKind>(StringComparer.Ordinal);
        foreach (var line in Lines("arabic-cues.txt"))
        {
            var bar = line.IndexOf('|', StringComparison.Ordinal);
            var kind = line[..bar] switch
            {
                "org" => CueKind.Org,
                "person" => CueKind.Person,
                "media" => CueKind.Media,
                _ => CueKind.Skip,
            };
            table[NameKey.Of(line[(bar + 1)..])] = kind;
        }
        return table;
    }
}

/// <summary>What a cue word says about the name next to it.</summary>
public enum CueKind
{
    None,
    Person,
    Org,
    Media,
    Skip,
}
