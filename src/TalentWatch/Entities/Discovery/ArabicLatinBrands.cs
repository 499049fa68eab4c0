using TalentWatch.Vocabulary;

namespace TalentWatch.Entities.Discovery;

/// <summary>
/// Brand-shaped Latin words left bare in Arabic text ("مهندسين من تسلا وOpenAI"): camel-cased or all-capitals, named
/// at least twice and never right after a product cue ("روبوت الدردشة Grok"), they are organisations.
/// </summary>
public static class ArabicLatinBrands
{
    public static List<ArabicFind> Find(List<ArabicToken> tokens, bool inTitle)
    {
        var seen = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsLatin || (i > 0 && tokens[i - 1].Text == "(") || !IsBrandShaped(t.Text))
            {
                continue;
            }
            if (!seen.TryGetValue(t.Key, out var at))
            {
                seen[t.Key] = at = [];
            }
            at.Add(i);
        }
        var finds = new List<ArabicFind>();
        foreach (var at in seen.Values.Where(a => a.Count >= 2))
        {
            if (at.Exists(i => ArabicParenthesisKind.CueBefore(tokens, i - 1) == CueKind.Skip))
            {
                continue;
            }
            var t = tokens[at[0]];
            if (!Lexicon.Generic.Contains(t.Key) && !Lexicon.Places.Contains(t.Key) && !Lexicon.IsRole(t.Key))
            {
                finds.Add(new ArabicFind(t.Text, null, EntityKind.Org, t.Start, t.End - t.Start, inTitle));
            }
        }
        return finds;
    }

    private static bool IsBrandShaped(string word)
    {
        var token = new Token(word, 0, word.Length, 0, false, false);
        return token.IsCamel || (token.IsAllCaps && word.Length <= 6);
    }
}
