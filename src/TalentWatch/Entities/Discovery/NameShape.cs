using TalentWatch.Vocabulary;

namespace TalentWatch.Entities.Discovery;

/// <summary>How the parts of a name relate: the surname of "Daniel De Freitas" is "De Freitas", the short form of
/// "Chipotle Mexican Grill" is "Chipotle" (what is left without organisation words and demonyms).</summary>
public static class NameShape
{
    private static readonly HashSet<string> SurnameParticles = new(["van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn", "al", "el", "st"], StringComparer.Ordinal);

    public static string SurnameKey(IReadOnlyList<Token> tokens) => NameKey.Of(string.Join(' ', SurnameTokens(tokens).Select(t => t.Text)));

    private static IEnumerable<Token> SurnameTokens(IReadOnlyList<Token> tokens)
    {
        var start = tokens.Count - 1;
        while (start > 1 && SurnameParticles.Contains(tokens[start - 1].Key))
        {
            start--;
        }
        return tokens.Skip(start);
    }

    /// <summary>The person draft whose surname is this candidate ("De Freitas").</summary>
    public static EntityDraft? SurnameOwner(Candidate candidate, IEnumerable<EntityDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return drafts.FirstOrDefault(d => d.Kind == EntityKind.Person && SurnameKey(Tokens(d.Name)) == candidate.Key);
    }

    /// <summary>The full-name draft a short mention refers to: a person's surname or (unambiguous) given name, an organisation's short form.</summary>
    public static EntityDraft? ShortFormOwner(Candidate candidate, IReadOnlyList<EntityDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(drafts);
        if (SurnameOwner(candidate, drafts) is { } bySurname)
        {
            return bySurname;
        }
        if (candidate.Tokens.Count != 1)
        {
            return null;
        }
        var byGiven = drafts.Where(d => d.Kind == EntityKind.Person && Tokens(d.Name) is { Count: > 1 } t && t[0].Key == candidate.Key).ToList();
        if (byGiven.Count == 1)
        {
            return byGiven[0];
        }
        return drafts.FirstOrDefault(d => d.Kind == EntityKind.Org && ShortFormKey(Tokens(d.Name)) == candidate.Key)
            ?? drafts.FirstOrDefault(d => d.Kind == EntityKind.Org && LastWordKey(Tokens(d.Name)) == candidate.Key);
    }

    /// <summary>"Real Sociedad" → "sociedad": the distinctive last word of a two-word organisation name, unless it is a generic organisation word.</summary>
    private static string? LastWordKey(List<Token> tokens) =>
        tokens.Count == 2 && !Lexicon.OrgSuffixes.Contains(tokens[1].Key) && !Lexicon.Generic.Contains(tokens[1].Key) && !Lexicon.Places.Contains(tokens[1].Key) ? tokens[1].Key : null;

    /// <summary>"Chipotle Mexican Grill" → "chipotle"; "Inflection AI" → "inflection"; null when nothing but the name core is left.</summary>
    private static string? ShortFormKey(List<Token> tokens)
    {
        if (tokens.Count < 2)
        {
            return null;
        }
        var end = tokens.Count;
        while (end > 1 && (Lexicon.OrgSuffixes.Contains(tokens[end - 1].Key) || Lexicon.Demonyms.Contains(tokens[end - 1].Key)))
        {
            end--;
        }
        return end == 1 && end < tokens.Count ? tokens[0].Key : null;
    }

    private static List<Token> Tokens(string name) => EnglishTokenizer.Tokenize(name);
}
