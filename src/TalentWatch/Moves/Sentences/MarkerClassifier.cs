using System.Collections.Frozen;
using TalentWatch.Moves.Languages;

namespace TalentWatch.Moves.Sentences;

/// <summary>
/// Gives each mention the role marker of its context: the preposition or Arabic clitic before it (skipping generic
/// heads such as "rival startup", شركة), a staff or title noun it depends on (مهندسي تسلا، الرئيس التنفيذي لشركة)
/// or, in English, a possessive or title after it (Tesla's engineers, OpenAI co-founder X).
/// </summary>
internal static class MarkerClassifier
{
    private const int LookBack = 4;

    public static void Classify(string text, List<MoveToken> tokens, List<MentionSpan> spans, MoveLanguage language, bool[] blocked)
    {
        MentionSpan? previous = null;
        foreach (var span in spans)
        {
            var marker = Backward(text, tokens, span, language, blocked);
            if (marker is Marker.None && !language.PossessorFollows)
            {
                marker = Forward(tokens, span, spans, blocked);
            }

            // Coordination ("from OpenAI, Apple and Google", من أوبن إيه آي وأبل): share the first conjunct's marker.
            if (marker is Marker.Conj)
            {
                marker = previous is not null && previous.Kind == span.Kind && span.First - previous.Last <= 4 ? previous.Marker : Marker.None;
            }

            // "a former research scientist at Google DeepMind", "المدير السابق في ديب مايند": where the person came from.
            if (marker is Marker.At or Marker.RoleOf or Marker.Of && FormerBefore(tokens, span, blocked))
            {
                marker = Marker.From;
            }

            span.Marker = marker;
            previous = span;
        }
    }

    private static Marker Backward(string text, List<MoveToken> tokens, MentionSpan span, MoveLanguage language, bool[] blocked)
    {
        // Clitics on the name's own word: لتسلا، وغوغل.
        var own = span.Prefix;
        if (own.Length > 0)
        {
            var chain = own.TrimStart('و', 'ف');
            if (chain.Length == 0)
            {
                return Marker.Conj;
            }

            if (ArabicMorph.HasLam(chain))
            {
                return Lam(tokens, span.First - 1);
            }
        }

        var stop = Math.Max(0, span.First - LookBack);
        for (var i = span.First - 1; i >= stop; i--)
        {
            var token = tokens[i];
            if (blocked[i])
            {
                return Marker.None; // another name or a trigger: nothing between marks this one
            }

            if (!token.IsWord)
            {
                if (token.Norm is "(" or "«" or "\"" or "“")
                {
                    continue;
                }

                return token.Norm is "," or "،" ? Marker.Conj : Marker.None;
            }

            // "as" is transparent (resigned as OpenAI's head) except in "such as", which lists examples.
            if (token.Norm == "as")
            {
                if (i > 0 && tokens[i - 1].Norm == "such")
                {
                    return Marker.With;
                }

                continue;
            }

            // "more than a dozen OpenAI researchers": a quantity, not a comparison with OpenAI.
            if (token.Norm == "than" && i > 0 && tokens[i - 1].Norm is "more" or "fewer" or "less")
            {
                i--;
                continue;
            }

            // Possessor after its noun: "متحدث باسم غوغل" (spokesman for Google) is a title; "شركة باسم ميسترال" (a
            // company named Mistral) is not.
            if (language.PossessorFollows && token.Norm == "باسم")
            {
                return i > 0 && ArabicMorph.InSet(MoveWords.Roles, tokens[i - 1].Norm) ? Marker.RoleOf : Marker.None;
            }

            // "posted on X" names a platform; "a raid on OpenAI" the target.
            if (token.Norm == "on" && i > 0 && PostedOn.Contains(tokens[i - 1].Norm))
            {
                return Marker.Source;
            }

            if (Lookup(token.Norm, language) is { } marker)
            {
                // "of" after a title or staff noun: CEO of X, engineers of X.
                return marker is Marker.Of ? OfMarker(tokens, i - 1) : marker;
            }

            if (ArabicMorph.InSet(MoveWords.Staff, token.Norm))
            {
                return Marker.Staff;
            }

            if (ArabicMorph.InSet(MoveWords.Roles, token.Norm))
            {
                return Marker.RoleOf;
            }

            if (ArabicMorph.InSet(MoveWords.Heads, token.Norm, out var prefix))
            {
                // "شركة ماسك" (Musk's company): a person after a company noun in construct state owns it. A head
                // with the article cannot be in construct ("غادر الشركة سامي": Sami left the company).
                if (span.IsPerson && i == span.First - 1 && language.PossessorFollows && !token.Norm.Contains("ال", StringComparison.Ordinal))
                {
                    return Marker.Possessor;
                }

                // لشركة X: the ل on the head noun is the name's preposition.
                var chain = prefix.TrimStart('و', 'ف');
                if (chain.Length > 0 && ArabicMorph.HasLam(chain))
                {
                    return Lam(tokens, i - 1);
                }

                if (chain is "ب")
                {
                    return Marker.At;
                }

                continue;
            }

            // English company names take lower-case modifiers between the preposition and the name ("of AI agent
            // startup Acme"); a capitalised word (a name, a month, a sentence start), a trigger or a verb form ends the phrase.
            if (language.CapitalisesNames && span.IsOrg && !blocked[i] && char.IsLower(text[token.Start]) && !IsVerbLike(token.Norm))
            {
                continue;
            }

            return Marker.None;
        }

        return Marker.None;
    }

    private static readonly FrozenSet<string> Former = MoveWords.Both("markers", "former");

    private static bool FormerBefore(List<MoveToken> tokens, MentionSpan span, bool[] blocked)
    {
        for (var i = span.First - 1; i >= Math.Max(0, span.First - 6); i--)
        {
            if (blocked[i] || (!tokens[i].IsWord && tokens[i].Norm is not ("(" or "«")))
            {
                return false;
            }

            if (Former.Contains(tokens[i].Norm))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> PostedOn = MoveWords.Both("markers", "posted-on");

    private static readonly FrozenSet<string> VerbLike = MoveWords.Both("markers", "verb-like");

    private static bool IsVerbLike(string word) =>
        VerbLike.Contains(word) || word.EndsWith("ed", StringComparison.Ordinal) || char.IsAsciiDigit(word[0]);

    private static Marker? Lookup(string word, MoveLanguage language)
    {
        if (MoveWords.Prepositions.TryGetValue(word, out var m))
        {
            return m;
        }

        // وفي، ومن: a conjunction before the preposition.
        return language.AttachedClitics && word.Length > 1 && word[0] is 'و' or 'ف' && MoveWords.Prepositions.TryGetValue(word[1..], out var c) ? c : null;
    }

    // The Arabic ل: "of" after a title (الرئيس التنفيذي لـ) or staff noun, otherwise "to/for".
    private static Marker Lam(List<MoveToken> tokens, int before)
    {
        for (var i = before; i >= Math.Max(0, before - 1); i--)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }

            if (ArabicMorph.InSet(MoveWords.Roles, tokens[i].Norm))
            {
                return Marker.RoleOf;
            }

            if (ArabicMorph.InSet(MoveWords.Staff, tokens[i].Norm))
            {
                return Marker.Staff;
            }

            break;
        }

        return Marker.To;
    }

    private static Marker OfMarker(List<MoveToken> tokens, int before)
    {
        for (var i = before; i >= Math.Max(0, before - 2); i--)
        {
            var word = tokens[i].Norm;
            if (MoveWords.Roles.Contains(word))
            {
                return Marker.RoleOf;
            }

            if (MoveWords.Staff.Contains(word))
            {
                return Marker.Staff;
            }
        }

        return Marker.Of;
    }

    // Where the possessor comes first (English): what follows the name. "Tesla's engineers" (staff), "OpenAI's chief scientist" and
    // "OpenAI co-founder Ilya Sutskever" (title), "Google's DeepMind" (possessor of the real argument).
    private static Marker Forward(List<MoveToken> tokens, MentionSpan span, List<MentionSpan> spans, bool[] blocked)
    {
        var i = span.Last + 1;
        if (i < tokens.Count && tokens[i].Norm == "'s")
        {
            i++;
            // "Google's DeepMind": possessor of the real argument; "Acme's Jane Roe": the person's employer.
            if (spans.Find(s => s.First == i) is { } head)
            {
                return head.IsOrg ? Marker.Possessor : Marker.RoleOf;
            }
        }

        for (var j = i; j < Math.Min(tokens.Count, i + 3); j++)
        {
            // Only the words right after the name: "Mistral AI as chief scientist" is no title of Mistral.
            if (!tokens[j].IsWord || blocked[j] || MoveWords.Prepositions.ContainsKey(tokens[j].Norm) || IsVerbLike(tokens[j].Norm))
            {
                break;
            }

            if (MoveWords.Staff.Contains(tokens[j].Norm))
            {
                return Marker.Staff;
            }

            if (MoveWords.Roles.Contains(tokens[j].Norm))
            {
                return Marker.RoleOf;
            }
        }

        return Marker.None;
    }
}
