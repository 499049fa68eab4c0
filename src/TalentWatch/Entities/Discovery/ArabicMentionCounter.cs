using TalentWatch.Vocabulary;

namespace TalentWatch.Entities.Discovery;

/// <summary>
/// Counts an Arabic-text discovery's mentions: each occurrence of its Arabic forms (clitics allowed on the first word:
/// "وصلاح", "لليفربول"), of its Latin form outside parentheses, and — for a person — of the surname alone after the
/// first full mention ("صلاح" after "محمد صلاح").
/// </summary>
public static class ArabicMentionCounter
{
    public static void Count(EntityDraft draft, string title, List<ArabicToken> head, string text, List<ArabicToken> body)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var forms = draft.Aliases.Select(a => ArabicTokenizer.Tokenize(a).Where(t => t.IsWord).Select(t => t.Key).ToList()).Where(f => f.Count > 0).ToList();
        var full = new List<(int Start, int End, bool InTitle)>();
        foreach (var (tokens, inTitle) in new[] { (body, false), (head, true) })
        {
            foreach (var form in forms)
            {
                for (var i = 0; i + form.Count <= tokens.Count; i++)
                {
                    if (Matches(tokens, i, form) && !(tokens[i].IsLatin && i > 0 && tokens[i - 1].Text == "(" && i > 1 && tokens[i - 2].IsArabic && forms.Exists(f => f.Count > 0 && Ends(tokens, i - 2, f))))
                    {
                        var span = (tokens[i].Start, tokens[i + form.Count - 1].End, inTitle);
                        if (!full.Exists(f => f.InTitle == inTitle && f.Start < span.Item2 && span.Item1 < f.End))
                        {
                            full.Add(span);
                        }
                    }
                }
            }
        }
        foreach (var (start, _, inTitle) in full)
        {
            draft.AddMention(start, inTitle, SentenceText.Around(inTitle ? title : text, start));
        }
        if (draft.Kind == EntityKind.Person && draft.NameAr is { } nameAr)
        {
            CountSurname(draft, nameAr, title, head, text, body, full);
        }
    }

    private static void CountSurname(EntityDraft draft, string nameAr, string title, List<ArabicToken> head, string text, List<ArabicToken> body, List<(int Start, int End, bool InTitle)> full)
    {
        var words = ArabicTokenizer.Tokenize(nameAr).Where(t => t.IsArabic).ToList();
        if (words.Count < 2)
        {
            return;
        }
        var surname = words[^1];
        var firstBody = full.Where(f => !f.InTitle).Select(f => f.Start).DefaultIfEmpty(int.MaxValue).Min();
        foreach (var (tokens, inTitle) in new[] { (body, false), (head, true) })
        {
            foreach (var t in tokens)
            {
                if (t.IsArabic && ArabicWords.Bare(t.Key).Contains(surname.Key) && (inTitle || t.Start > firstBody)
                    && !full.Exists(f => f.InTitle == inTitle && f.Start <= t.Start && t.End <= f.End))
                {
                    draft.AddAlias(surname.Text);
                    draft.AddMention(t.Start, inTitle, SentenceText.Around(inTitle ? title : text, t.Start));
                }
            }
        }
    }

    private static bool Matches(List<ArabicToken> tokens, int i, List<string> form)
    {
        if (!tokens[i].IsWord || !(ArabicWords.Bare(tokens[i].Key).Contains(form[0])))
        {
            return false;
        }
        for (var k = 1; k < form.Count; k++)
        {
            if (tokens[i + k].Key != form[k])
            {
                return false;
            }
        }
        return true;
    }

    private static bool Ends(List<ArabicToken> tokens, int last, List<string> form) =>
        last - form.Count + 1 >= 0 && Matches(tokens, last - form.Count + 1, form);
}
