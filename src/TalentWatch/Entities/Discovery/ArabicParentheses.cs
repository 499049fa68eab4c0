namespace TalentWatch.Entities.Discovery;

/// <summary>
/// The strong signal in Arabic news: a name followed by its Latin form in parentheses, "محمد صلاح (Mohamed Salah)".
/// The Arabic form is the run of words before the parenthesis, as many as the Latin form needs (transliterated "AI"
/// takes two: "أوبن إيه آي (OpenAI)"), stopping at cue and function words; <see cref="ArabicParenthesisKind"/> tells
/// person from organisation.
/// </summary>
public static class ArabicParentheses
{
    private static readonly HashSet<string> TransliteratedAi = Keys("إيه", "أيه", "آي", "اي");

    // Arabic organisation words and the Latin words they translate.
    private static readonly Dictionary<string, string[]> Translations = new(StringComparer.Ordinal)
    {
        [NameKey.Of("جامعة")] = ["university"],
        [NameKey.Of("بنك")] = ["bank"],
        [NameKey.Of("مصرف")] = ["bank"],
        [NameKey.Of("معهد")] = ["institute"],
        [NameKey.Of("صندوق")] = ["fund"],
        [NameKey.Of("مجموعة")] = ["group"],
        [NameKey.Of("مؤسسة")] = ["foundation"],
        [NameKey.Of("هيئة")] = ["authority", "commission"],
        [NameKey.Of("وكالة")] = ["agency"],
        [NameKey.Of("وزارة")] = ["ministry", "department"],
        [NameKey.Of("مجلس")] = ["council", "board"],
        [NameKey.Of("مختبر")] = ["lab", "laboratory"],
        [NameKey.Of("مختبرات")] = ["labs", "laboratories"],
        [NameKey.Of("إدارة")] = ["administration"],
        [NameKey.Of("منظمة")] = ["organization", "organisation"],
    };

    private static bool TranslatesLatin(string arabicKey, List<Token> latin) =>
        ArabicWords.Bare(arabicKey).Any(b => Translations.TryGetValue(b, out var words) && latin.Exists(t => words.Contains(t.Key)));

    private static HashSet<string> Keys(params string[] words) => new(words.Select(NameKey.Of), StringComparer.Ordinal);

    public static List<ArabicFind> Find(string text, List<ArabicToken> tokens, bool inTitle)
    {
        var finds = new List<ArabicFind>();
        var guessed = new List<bool>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Text != "(")
            {
                continue;
            }
            var close = tokens.FindIndex(i + 1, t => t.Text == ")" || t.IsArabic);
            if (close < 0 || tokens[close].Text != ")" || close == i + 1 || close - i > 8)
            {
                continue;
            }
            var latin = text[tokens[i].End..tokens[close].Start].Trim();
            var latinTokens = EnglishTokenizer.Tokenize(latin);
            // A club named after its city ("نادي برشلونة (Barcelona)") is a name despite the place list.
            if (!LooksLikeName(latin, latinTokens, allowPlace: ArabicParenthesisKind.CueBefore(tokens, i - 1) == CueKind.Org))
            {
                continue;
            }
            var (arabic, arabicStart, quoted, before) = ArabicForm(tokens, i, latin, latinTokens);
            var (kind, guess) = ArabicParenthesisKind.Of(tokens, before, close, latinTokens, quoted);
            if (kind is { } k)
            {
                var start = arabic is null ? tokens[i].Start : arabicStart;
                finds.Add(new ArabicFind(latin, arabic, k, start, tokens[close].End - start, inTitle));
                guessed.Add(guess);
            }
        }
        ShareKindsInLists(text, finds, guessed);
        return finds;
    }

    /// <summary>
    /// "فالور إكويتي بارتنرز (Valor Equity Partners) وأندريسن هورويتز (Andreessen Horowitz)": names coordinated with و or
    /// a comma share a kind, so a guessed kind gives way to a neighbour's kind that was read from evidence.
    /// </summary>
    private static void ShareKindsInLists(string text, List<ArabicFind> finds, List<bool> guessed)
    {
        for (var i = 0; i < finds.Count; i++)
        {
            if (!guessed[i])
            {
                continue;
            }
            foreach (var j in new[] { i - 1, i + 1 })
            {
                if (j < 0 || j >= finds.Count || guessed[j])
                {
                    continue;
                }
                var (first, second) = j < i ? (finds[j], finds[i]) : (finds[i], finds[j]);
                var gap = text[(first.Start + first.Length)..second.Start].Trim();
                if (gap is "" or "،" or "," && (gap.Length > 0 || text[second.Start] == 'و'))
                {
                    finds[i] = finds[i] with { Kind = finds[j].Kind };
                    break;
                }
            }
        }
    }

    private static bool LooksLikeName(string latin, List<Token> tokens, bool allowPlace)
    {
        if (tokens.Count == 0 || tokens.Count > 6 || !tokens[0].IsCapitalised)
        {
            return false;
        }
        var key = NameKey.Of(latin);
        return (allowPlace || !Lexicon.Places.Contains(key))
            && !tokens.TrueForAll(t => Lexicon.Generic.Contains(t.Key) || Lexicon.Demonyms.Contains(t.Key) || Lexicon.IsRole(t.Key))
            && tokens.Exists(t => t.Text.Any(char.IsLetter));
    }

    /// <summary>The Arabic words before the parenthesis that spell the name, the index of the first word before them, and whether they were quoted «…».</summary>
    private static (string? Arabic, int Start, bool Quoted, int Before) ArabicForm(List<ArabicToken> tokens, int paren, string latin, List<Token> latinTokens)
    {
        var j = paren - 1;
        if (j >= 0 && tokens[j].Text is "»" or "\"" or "”")
        {
            var open = j == 0 ? -1 : tokens.FindLastIndex(j - 1, Math.Min(j, 8), t => t.Text is "«" or "\"" or "“");
            if (open >= 0 && open < j - 1 && tokens.Skip(open + 1).Take(j - open - 1).All(t => t.IsArabic))
            {
                var words = tokens.GetRange(open + 1, j - open - 1);
                return (Join(words, latin), words[0].Start, true, open - 1);
            }
            return (null, 0, true, j - 1);
        }
        if (latinTokens is [{ IsAllCaps: true } acronym] && acronym.Text.Length <= 6)
        {
            return AcronymForm(tokens, paren, latin);
        }
        var need = WordsNeeded(latinTokens);
        var first = paren;
        // The word right before the parenthesis is always part of the name, even when it is a cue word ("سوفت بنك").
        while (first - 1 >= 0 && paren - first < need && tokens[first - 1].IsArabic
               && (TransliteratedAi.Contains(tokens[first - 1].Key) || !ArabicWords.IsFunctionWord(tokens[first - 1].Key))
               && (first == paren || ArabicWords.Cue(tokens[first - 1].Key) == CueKind.None))
        {
            first--;
        }
        // "جامعة ستانفورد (Stanford University)": a cue word that translates a word of the Latin form belongs to the name.
        if (first - 1 >= 0 && paren - first < need && tokens[first - 1].IsArabic && TranslatesLatin(tokens[first - 1].Key, latinTokens))
        {
            first--;
        }
        if (first == paren)
        {
            return (null, 0, false, paren - 1);
        }
        var form = tokens.GetRange(first, paren - first);
        return (Join(form, latin), form[0].Start, false, first - 1);
    }

    /// <summary>
    /// An acronym is usually glossed with a translated name that starts at an organisation word:
    /// "إدارة الطيران الفيدرالية الأمريكية (FAA)". Without one, a single transliterated word ("ناسا (NASA)"), unless
    /// that word is an adjective ("السعودي").
    /// </summary>
    private static (string? Arabic, int Start, bool Quoted, int Before) AcronymForm(List<ArabicToken> tokens, int paren, string latin)
    {
        var last = paren - 1;
        if (last < 0 || !tokens[last].IsArabic || ArabicWords.IsFunctionWord(tokens[last].Key))
        {
            return (null, 0, false, last);
        }
        if (!ArabicWords.HasArticle(tokens[last].Text))
        {
            return (Join([tokens[last]], latin), tokens[last].Start, false, last - 1); // read out as a word: "ناسا (NASA)"
        }
        for (var k = paren - 1; k >= 0 && paren - k <= 6 && tokens[k].IsArabic; k--)
        {
            if (ArabicWords.Cue(tokens[k].Key) is CueKind.Org or CueKind.Media)
            {
                var words = tokens.GetRange(k, paren - k);
                return words.Count > 1 ? (Join(words, latin), words[0].Start, false, k - 1) : (null, 0, false, k);
            }
            if (k < paren - 1 && ArabicWords.IsFunctionWord(tokens[k].Key))
            {
                break;
            }
        }
        return (null, 0, false, last);
    }

    // A translated name starts with a cue word ("وكالة", "لشركة"): cut exactly the clitics in front of the cue, not by the Latin initial.
    private static string Join(List<ArabicToken> words, string latin) =>
        string.Join(' ', words.Select((w, n) => n > 0 ? w.Text : ArabicWords.CueStem(w.Text) ?? ArabicWords.StripClitics(w.Text, latin)));

    /// <summary>How many Arabic words a Latin name is usually written with: "AI" is "إيه آي", camel humps are words ("DeepMind" → "ديب مايند").</summary>
    public static int WordsNeeded(IReadOnlyList<Token> latin)
    {
        ArgumentNullException.ThrowIfNull(latin);
        var n = 0;
        foreach (var t in latin)
        {
            // Inside a brand, a short acronym is spelt letter by letter: "ChatGPT" → "تشات جي بي تي".
            n += Humps(t.Text).Sum(h => h is "AI" ? 2 : h.Length is >= 2 and <= 4 && h.All(char.IsUpper) && h != t.Text ? h.Length : 1);
        }
        return Math.Min(n, 6);
    }

    private static IEnumerable<string> Humps(string word)
    {
        var start = 0;
        for (var i = 1; i < word.Length; i++)
        {
            if ((char.IsUpper(word[i]) && char.IsLower(word[i - 1])) || word[i - 1] == '.')
            {
                yield return word[start..i].TrimEnd('.');
                start = i;
            }
        }
        yield return word[start..];
    }
}
