using System.Text.RegularExpressions;

namespace TalentWatch.Entities.Discovery;

/// <summary>
/// Finds runs of capitalised words ("Chipotle Mexican Grill Chief Executive Brian Niccol") and cuts them into name
/// candidates: role titles, generic words, months, demonyms and places are cut out, and "and"/"of" only stay inside
/// organisation names ("Competition and Markets Authority", "University of Toronto").
/// </summary>
public static partial class EnglishRuns
{
    private static readonly HashSet<string> Connectors = new(
        ["van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin", "bint", "ibn", "al", "el", "of", "and", "for", "y", "dos", "das", "ter", "ten", "zu", "st"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> AiModified = new(
        ["lab", "labs", "unit", "team", "teams", "model", "models", "chatbot", "division", "research", "efforts", "push", "strategy", "ambitions", "products", "chief", "head", "business", "group", "engineers", "researchers", "talent"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> LinkingConnectors = new(["and", "of", "for"], StringComparer.Ordinal);

    // A wire-service dateline at the start of a paragraph: "SAN FRANCISCO, Feb 13 (Wire) - ".
    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .'’-]+,[^\n]{0,40}?\s[-–—]\s", RegexOptions.Multiline)]
    private static partial Regex Dateline();

    public static List<Candidate> Find(string text, bool inTitle)
    {
        var tokens = EnglishTokenizer.Tokenize(text);
        var skipped = DatelineRanges(text);
        var candidates = new List<Candidate>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalised || InRanges(skipped, tokens[i].Start))
            {
                i++;
                continue;
            }
            var run = new List<Token> { tokens[i] };
            var j = i + 1;
            while (j < tokens.Count && !run[^1].Possessive && (Adjacent(text, run[^1], tokens[j]) || Ampersand(text, run[^1], tokens[j])))
            {
                if (tokens[j].IsCapitalised)
                {
                    run.Add(tokens[j]);
                    j++;
                }
                else if (ConnectorChainEnd(text, tokens, j) is { } next)
                {
                    run.AddRange(tokens.GetRange(j, next - j + 1)); // "van der Berg", "bin Talal", "University of Toronto"
                    j = next + 1;
                }
                else
                {
                    break;
                }
            }
            if (run.Count > 1 && run[^1].Key == "ai" && j < tokens.Count && Adjacent(text, run[^1], tokens[j]) && AiModified.Contains(tokens[j].Key))
            {
                run.RemoveAt(run.Count - 1); // "DeepMind AI lab": AI describes the lab, it is not part of the name
            }
            foreach (var piece in Cut(run))
            {
                candidates.Add(new Candidate(piece, text, inTitle));
            }
            i = j;
        }
        EnglishClues.Annotate(text, tokens, candidates);
        return candidates;
    }

    /// <summary>Index of the capitalised word after one or two lowercase connectors starting at j, or null.</summary>
    private static int? ConnectorChainEnd(string text, List<Token> tokens, int j)
    {
        var k = j;
        while (k < tokens.Count && k - j < 2 && Connectors.Contains(tokens[k].Key) && !tokens[k].IsCapitalised && (k == j || Adjacent(text, tokens[k - 1], tokens[k])))
        {
            k++;
        }
        return k > j && k < tokens.Count && tokens[k].IsCapitalised && Adjacent(text, tokens[k - 1], tokens[k]) ? k : null;
    }

    /// <summary>"Procter & Gamble", "Marks & Spencer": an ampersand between capitalised words joins them.</summary>
    private static bool Ampersand(string text, Token a, Token b) =>
        b.IsCapitalised && a.Sentence == b.Sentence && text[a.End..b.Start].Trim() == "&";

    /// <summary>Only spaces between two words of a name; an initial's dot is allowed ("Sarah J. Okafor").</summary>
    private static bool Adjacent(string text, Token a, Token b)
    {
        for (var k = a.End; k < b.Start; k++)
        {
            var initialDot = k == a.End && text[k] == '.' && a.Text.Length == 1 && char.IsUpper(a.Text[0]);
            if (text[k] is not (' ' or '\u00A0') && !initialDot)
            {
                return false;
            }
        }
        return a.Sentence == b.Sentence;
    }

    private static List<(int Start, int End)> DatelineRanges(string text) =>
        [.. Dateline().Matches(text).Select(m => (m.Index, m.Index + m.Length))];

    private static bool InRanges(List<(int Start, int End)> ranges, int offset) => ranges.Exists(r => offset >= r.Start && offset < r.End);

    /// <summary>Cuts a raw run into name pieces.</summary>
    private static IEnumerable<List<Token>> Cut(List<Token> run)
    {
        foreach (var piece in CutRoles(run))
        {
            foreach (var linked in CutLinks(piece))
            {
                var trimmed = Trim(linked);
                if (trimmed.Count > 0 && Keep(trimmed))
                {
                    yield return trimmed;
                }
            }
        }
    }

    /// <summary>Removes generic words and role titles; each removal splits the run.</summary>
    private static List<List<Token>> CutRoles(List<Token> run)
    {
        var pieces = new List<List<Token>>();
        var current = new List<Token>();
        var i = 0;
        while (i < run.Count)
        {
            var roleEnd = RoleRunEnd(run, i);
            if (roleEnd > i || IsGenericHere(run, i))
            {
                pieces.Add(current);
                current = [];
                i = Math.Max(roleEnd, i + 1);
                continue;
            }
            current.Add(run[i]);
            i++;
        }
        pieces.Add(current);
        return pieces;
    }

    /// <summary>
    /// A generic word splits a run, except a given name that is also a month ("Jan Leike", "April Smith") when a name
    /// follows it, and an organisation word ending a name ("Inflection AI").
    /// </summary>
    private static bool IsGenericHere(List<Token> run, int i)
    {
        var t = run[i];
        if (!t.IsCapitalised || !Lexicon.Generic.Contains(t.Key))
        {
            return false;
        }
        if (!Lexicon.Splitters.Contains(t.Key) && i > 0 && i < run.Count - 1)
        {
            return false; // "Zoom Video Communications": an edge-only word inside a name
        }
        if (Lexicon.GivenNames.Contains(t.Key) && i + 1 < run.Count && run[i + 1].IsCapitalised && !Lexicon.Generic.Contains(run[i + 1].Key))
        {
            return false;
        }
        return !(i == run.Count - 1 && i > 0 && Lexicon.OrgSuffixes.Contains(t.Key) && !Lexicon.Generic.Contains(run[i - 1].Key));
    }

    /// <summary>End (exclusive) of a title starting at i ("Chief Financial Officer"), or i when there is none.</summary>
    private static int RoleRunEnd(List<Token> run, int i)
    {
        var j = i;
        var hasCore = false;
        while (j < run.Count && run[j].IsCapitalised && Lexicon.IsRole(run[j].Key))
        {
            hasCore |= Lexicon.RoleCore.Contains(run[j].Key);
            j++;
        }
        if (!hasCore)
        {
            return i;
        }
        // "Stephen King", "Rachel Head": an ambiguous title word alone at the end of a name is a surname.
        if (j - i == 1 && j == run.Count && i > 0 && Lexicon.AmbiguousRoles.Contains(run[i].Key))
        {
            return i;
        }
        return j;
    }

    /// <summary>"and", "of", "for" only join the words of an organisation name; elsewhere they separate two names.</summary>
    private static List<List<Token>> CutLinks(List<Token> piece)
    {
        var trimmed = Trim(piece);
        if (trimmed.Count == 0 || !trimmed.Exists(t => LinkingConnectors.Contains(t.Key)))
        {
            return [trimmed];
        }
        var keepLinks = Lexicon.OrgHeads.Contains(trimmed[0].Key) || Lexicon.OrgSuffixes.Contains(trimmed[^1].Key);
        var pieces = new List<List<Token>>();
        var current = new List<Token>();
        foreach (var token in trimmed)
        {
            // "Boston Dynamics and Vantor Systems", "Todd Boehly and Clearlake Capital": "and" joins one word to a name
            // ("Competition and Markets Authority", "Marks and Spencer"); after two or more it starts another name.
            if (LinkingConnectors.Contains(token.Key) && (!keepLinks || (token.Key == "and" && current.Count != 1)))
            {
                pieces.Add(current);
                current = [];
            }
            else
            {
                current.Add(token);
            }
        }
        pieces.Add(current);
        return pieces;
    }

    private static List<Token> Trim(List<Token> piece)
    {
        var start = 0;
        var end = piece.Count;
        // A connector left at the front once a title is cut ("CEO of Lumina Labs") belongs to no name, organisation or not.
        while (start < end && (LinkingConnectors.Contains(piece[start].Key)
            || ((!piece[start].IsCapitalised || Lexicon.Demonyms.Contains(piece[start].Key)) && !EndsInOrgWord(piece))))
        {
            start++;
        }
        while (end > start && (!piece[end - 1].IsCapitalised || Lexicon.Demonyms.Contains(piece[end - 1].Key)))
        {
            end--;
        }
        return piece.GetRange(start, end - start);
    }

    private static bool EndsInOrgWord(List<Token> piece) => piece.Count > 1 && Lexicon.OrgSuffixes.Contains(piece[^1].Key);

    private static bool Keep(List<Token> piece)
    {
        var key = NameKey.Of(string.Join(' ', piece.Select(t => t.Text)));
        if (Lexicon.Places.Contains(key) || piece.TrueForAll(t => Lexicon.Demonyms.Contains(t.Key) || Lexicon.Generic.Contains(t.Key))
            || (Lexicon.NonNameEndings.Contains(piece[^1].Key) && !Lexicon.OrgHeads.Contains(piece[0].Key)))
        {
            return false;
        }
        if (piece.Count == 1 && (piece[0].Text.Count(char.IsLetter) < 2 || !piece[0].Text.Any(char.IsLetter)))
        {
            return false;
        }
        return true;
    }
}
