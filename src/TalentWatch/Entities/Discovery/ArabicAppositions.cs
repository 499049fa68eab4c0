namespace TalentWatch.Entities.Discovery;

/// <summary>
/// "لاستقطاب روشان سانكار، الرئيس التنفيذي لشركة …": two name words set off by a comma and followed by a definite title
/// (الرئيس، المدير، الباحث) are a person described by that title, though no cue stands before the name.
/// </summary>
public static class ArabicAppositions
{
    public static List<ArabicFind> Find(List<ArabicToken> tokens, bool inTitle)
    {
        var finds = new List<ArabicFind>();
        for (var i = 1; i + 3 < tokens.Count; i++)
        {
            if (tokens[i + 2].Text is not ("،" or ",") || ArabicWords.Cue(tokens[i + 3].Key) != CueKind.Person
                || !NameWord(tokens[i], allowArticle: false) || !NameWord(tokens[i + 1], allowArticle: true)
                || ArabicWords.Cue(tokens[i - 1].Key) is CueKind.Org or CueKind.Media)
            {
                continue;
            }
            var first = ArabicWords.StripClitics(tokens[i].Text, null);
            var begin = tokens[i].End - first.Length;
            finds.Add(new ArabicFind(null, first + " " + tokens[i + 1].Text, EntityKind.Person, begin, tokens[i + 1].End - begin, inTitle));
        }
        return finds;
    }

    private static bool NameWord(ArabicToken token, bool allowArticle) =>
        token.IsArabic && token.Key.Length >= 2 && (allowArticle || !ArabicWords.HasArticle(token.Text))
        && !ArabicWords.IsFunctionWord(token.Key) && ArabicWords.Cue(token.Key) == CueKind.None && !ArabicWords.HasPronounSuffix(token.Key)
        && !Lexicon.IsRole(ArabicWords.StripClitics(token.Key, null));
}
