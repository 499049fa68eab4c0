using TalentWatch.Entities;
using TalentWatch.Text;

namespace TalentWatch.Moves.Languages;

/// <summary>
/// One language's data files under Moves/Data/{code}/: its trigger lexicon and its word lists, read once when the
/// language is first used. A language may leave a list out (Arabic has no subject pronouns to list): it is empty.
/// </summary>
internal sealed class MoveLexicon
{
    /// <summary>The lists each word-list file may hold; every other [name] in a file is a mistake.</summary>
    /// <remarks>Declared before <see cref="English"/> and <see cref="Arabic"/>, which read it when they are built.</remarks>
    private static readonly Dictionary<string, string[]> KnownLists = new(StringComparer.Ordinal)
    {
        ["prepositions"] = ["from", "to", "at", "for", "by", "with", "of", "source", "conj"],
        ["markers"] = ["role", "staff", "head", "relative", "former", "posted-on", "verb-like", "platform-noun", "seen-by"],
        ["grammar"] =
        [
            "clause-break", "pronoun", "plural-pronoun", "auxiliary", "person-relative", "singular-relative", "we", "we-verb", "sequencer", "subordinator", "inclusion",
            "staff-conjunction", "persuasion",
        ],
        ["modality"] = ["negation", "conditional", "speculation", "attempt", "attempt-link", "may-date", "was"],
        ["dates"] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "until", "last-year", "last-month", "this-year"],
        ["roles"] = ["opener", "filler", "accusative"],
        ["frames"] =
        [
            "not-founding", "generic-company", "generic-team", "object-determiner", "object-filler", "leave-noun", "founded-auxiliary",
            "passive-founding", "passive-agent", "subject-quantifier", "passive-auxiliary", "accusative-role", "staff-quantifier", "number",
            "referring-head", "group-leave-noun", "offer", "rival-offer", "lawsuit", "company-subject", "leave-absence", "list-cue", "each-of", "arrival-noun", "list-copula", "owning-pronoun",
            "belonging-word", "unit-noun", "rate-noun",
        ],
    };

    private readonly string code;
    private readonly Dictionary<string, Dictionary<string, List<string>>> files = new(StringComparer.Ordinal);

    private MoveLexicon(string code)
    {
        this.code = code;
        Triggers = TriggerLexicon.Parse(DataFile.Lines(Resource("triggers")), code + "/triggers.txt");
        foreach (var (file, lists) in KnownLists)
        {
            files[file] = DataFile.TryLines(Resource(file)) is { } lines ? WordListFile.Parse(lines, $"{code}/{file}.txt", lists) : [];
        }
    }

    public static MoveLexicon English { get; } = new("en");

    public static MoveLexicon Arabic { get; } = new("ar");

    public IReadOnlyList<Trigger> Triggers { get; }

    /// <summary>A list in TextNormalizer form, the form tokens are compared in.</summary>
    public IEnumerable<string> Words(string file, string list) =>
        Entries(file, list).Select(TextNormalizer.NormalizeName).Where(word => word.Length > 0);

    /// <summary>A list's entries as written, in file order.</summary>
    private List<string> Entries(string file, string list)
    {
        if (!KnownLists.TryGetValue(file, out var known) || !known.Contains(list))
        {
            throw new ArgumentException($"Moves data file {file}.txt has no list [{list}].", nameof(list));
        }

        return files[file].TryGetValue(list, out var entries) ? entries : [];
    }

    private string Resource(string file) => $"TalentWatch.Moves.Data.{code}.{file}.txt";
}
