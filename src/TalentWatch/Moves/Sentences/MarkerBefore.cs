using TalentWatch.Moves.Languages;

namespace TalentWatch.Moves.Sentences;

/// <summary>
/// The marker a name gets from the words before it: a preposition or an Arabic clitic (skipping generic heads such as
/// "rival startup", شركة), or a staff or title noun it depends on (مهندسي تسلا، الرئيس التنفيذي لشركة).
/// </summary>
internal static class MarkerBefore
{
    private const int LookBack = 4;

    public static Marker Of(MarkerScan scan, MentionSpan span)
    {
        var tokens = scan.Tokens;
        var blocked = scan.Blocked;

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
            if (scan.Language.PossessorFollows && token.Norm == "باسم")
            {
                return i > 0 && ArabicMorph.InSet(MoveWords.Roles, tokens[i - 1].Norm) ? Marker.RoleOf : Marker.None;
            }

            // "posted on X" names a platform; "a raid on OpenAI" the target. "a copy seen by Wired" names an outlet.
            if ((token.Norm == "on" && i > 0 && MoveWords.PostedOn.Contains(tokens[i - 1].Norm))
                || (token.Norm == "by" && i > 0 && MoveWords.SeenBy.Contains(tokens[i - 1].Norm)))
            {
                return Marker.Source;
            }

            if (Lookup(token.Norm, scan.Language) is { } marker)
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
                if (span.IsPerson && i == span.First - 1 && scan.Language.PossessorFollows && !token.Norm.Contains("ال", StringComparison.Ordinal))
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
            if (scan.Language.CapitalisesNames && span.IsOrg && !blocked[i] && char.IsLower(scan.Text[token.Start]) && !MarkerClassifier.IsVerbLike(token.Norm))
            {
                continue;
            }

            return Marker.None;
        }

        return Marker.None;
    }

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
}
