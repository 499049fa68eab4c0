using TalentWatch.Vocabulary;

namespace TalentWatch.Entities.Discovery;

/// <summary>
/// "لاستقطاب روشان سانكار، الرئيس التنفيذي لشركة …", "انضم دومينيك كينغ، الجراح البريطاني": two name words set off by a
/// comma and followed by a definite title or a definite noun with a nationality are a person, though no cue stands
/// before the name.
/// </summary>
public static class ArabicAppositions
{
    public static List<ArabicFind> Find(List<ArabicToken> tokens, bool inTitle)
    {
        var finds = new List<ArabicFind>();
        for (var i = 1; i + 3 < tokens.Count; i++)
        {
            if (tokens[i + 2].Text is not ("،" or ",") || !Describes(tokens, i + 3)
                || !ArabicListNames.IsNameWord(tokens[i]) || !ArabicListNames.IsNameWord(tokens[i + 1], allowArticle: true)
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

    // A definite title (الرئيس التنفيذي), or a definite noun with a nationality (الجراح البريطاني) that names no organisation.
    private static bool Describes(List<ArabicToken> tokens, int k) =>
        ArabicWords.Cue(tokens[k].Key) == CueKind.Person
        || (k + 1 < tokens.Count && tokens[k].IsArabic && ArabicWords.HasArticle(tokens[k].Text) && ArabicWords.Cue(tokens[k].Key) == CueKind.None
            && !ArabicWords.IsFunctionWord(tokens[k].Key) && tokens[k + 1].IsArabic && ArabicWords.IsNisba(tokens[k + 1].Key)
            && !Lexicon.Demonyms.Contains(tokens[k].Key));
}
