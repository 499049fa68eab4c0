using System.Collections.Frozen;
using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves.Languages;

/// <summary>
/// The word lists the rules consult whatever the article's language, each the English and the Arabic data file's
/// list together: Arabic articles quote English (titles and names in brackets), and the rules have always read both.
/// </summary>
internal static class MoveWords
{
    /// <summary>Prepositions and other words that mark the role of the name after them (Arabic without clitics).</summary>
    public static FrozenDictionary<string, Marker> Prepositions { get; } = ReadPrepositions();

    /// <summary>Titles: an organisation next to one is the holder's employer, not a destination.</summary>
    public static FrozenSet<string> Roles { get; } = Both("markers", "role");

    /// <summary>Employees: an organisation marked by one of these is whose staff is recruited or kept.</summary>
    public static FrozenSet<string> Staff { get; } = Both("markers", "staff");

    /// <summary>Generic head nouns and determiners that may stand between a marker and a name ("at rival startup X").</summary>
    public static FrozenSet<string> Heads { get; } = Both("markers", "head");

    /// <summary>Relative pronouns: an organisation before one is what the following trigger is about ("xAI, which he founded").</summary>
    public static FrozenSet<string> Relatives { get; } = Both("markers", "relative");

    public static FrozenSet<string> Pronouns { get; } = Both("grammar", "pronoun");

    /// <summary>Words between a pronoun subject and its verb (he had left, she was also leaving).</summary>
    public static FrozenSet<string> Auxiliaries { get; } = Both("grammar", "auxiliary");

    public static FrozenSet<string> Persuasion { get; } = Both("grammar", "persuasion");

    /// <summary>Clause boundaries: arguments of a trigger rarely cross these.</summary>
    public static FrozenSet<string> ClauseBreaks { get; } = Both("grammar", "clause-break");

    /// <summary>A list of both languages' data files as one set, in TextNormalizer form.</summary>
    public static FrozenSet<string> Both(string file, string list) =>
        MoveLexicon.English.Words(file, list).Concat(MoveLexicon.Arabic.Words(file, list)).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, Marker> ReadPrepositions()
    {
        var markers = new Dictionary<string, Marker>(StringComparer.Ordinal)
        {
            ["from"] = Marker.From, ["to"] = Marker.To, ["at"] = Marker.At, ["for"] = Marker.For, ["by"] = Marker.By,
            ["with"] = Marker.With, ["of"] = Marker.Of, ["source"] = Marker.Source, ["conj"] = Marker.Conj,
        };
        var prepositions = new Dictionary<string, Marker>(StringComparer.Ordinal);
        foreach (var (name, marker) in markers)
        {
            foreach (var word in Both("prepositions", name))
            {
                // Two spellings of one word (في، فى) fold to one form: they must mark the same role.
                if (prepositions.TryGetValue(word, out var other) && other != marker)
                {
                    throw new InvalidOperationException($"Moves data: the preposition {word} is listed as both {other} and {marker}.");
                }

                prepositions[word] = marker;
            }
        }

        return prepositions.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
