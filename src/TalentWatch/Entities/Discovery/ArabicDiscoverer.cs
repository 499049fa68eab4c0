namespace TalentWatch.Entities.Discovery;

/// <summary>
/// Discovery for Arabic text: names with their Latin form in parentheses first (they fix name and kind), then names
/// after cue words; every later bare mention of an Arabic form, and of a person's surname after the full name, counts.
/// </summary>
public static class ArabicDiscoverer
{
    public static List<EntityDraft> Discover(string title, string text, IReadOnlyList<EntityMention> known)
    {
        var body = ArabicTokenizer.Tokenize(text);
        var head = ArabicTokenizer.Tokenize(title);
        var finds = ArabicParentheses.Find(text, body, false)
            .Concat(ArabicParentheses.Find(title, head, true))
            .Concat(ArabicCuePatterns.Find(body, false))
            .Concat(ArabicCuePatterns.Find(head, true))
            .Concat(ArabicLatinBrands.Find(body, false))
            .Concat(ArabicListNames.Find(body, false))
            .Concat(ArabicAppositions.Find(body, false))
            .Where(f => !Known(known, f))
            .ToList();

        var byKey = new Dictionary<string, EntityDraft>(StringComparer.Ordinal);
        var drafts = new List<EntityDraft>();
        foreach (var find in finds)
        {
            var keys = new[] { find.Latin, find.Arabic }.Where(n => n is not null).Select(n => NameKey.Of(n!)).ToList();
            var draft = keys.Select(k => byKey.GetValueOrDefault(k)).FirstOrDefault(d => d is not null);
            if (draft is null)
            {
                draft = new EntityDraft(find.Latin ?? find.Arabic!, find.Kind);
                drafts.Add(draft);
            }
            else if (find.Latin is not null && NameKey.Of(draft.Name) != NameKey.Of(find.Latin) && !draft.Name.Any(char.IsAsciiLetter))
            {
                draft.Name = find.Latin; // an Arabic-only discovery learns its Latin form
            }
            if (find.Arabic is not null)
            {
                draft.NameAr ??= find.Arabic;
                draft.AddAlias(find.Arabic);
            }
            if (find.Latin is not null)
            {
                draft.AddAlias(find.Latin);
            }
            foreach (var key in keys)
            {
                byKey.TryAdd(key, draft);
            }
        }
        foreach (var draft in drafts)
        {
            ArabicMentionCounter.Count(draft, title, head, text, body);
        }
        return drafts;
    }

    private static bool Known(IReadOnlyList<EntityMention> known, ArabicFind find) =>
        (find.Latin is not null && KnownFilter.Covers(known, find.Start, find.Length, find.InTitle, NameKey.Of(find.Latin)))
        || (find.Arabic is not null && KnownFilter.Covers(known, find.Start, find.Length, find.InTitle, NameKey.Of(find.Arabic)));
}
