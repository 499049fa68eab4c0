using System.Collections.Frozen;
using System.Globalization;

namespace TalentWatch.Extraction;

/// <summary>
/// Guesses a text's language from its script and, for Latin script, from its commonest short words. Enough to label an
/// undeclared page or catch a template's wrong lang attribute; not a general language identifier.
/// </summary>
public static class TextLanguage
{
    private const int MinLetters = 40;
    private const double ScriptMajority = 0.5;
    private const int MinWordHits = 8;
    private const double WinnerMargin = 2.0;
    private const int MaxWordLength = 8;

    // Frequent function words that are rare as words elsewhere; shared ones (la, de, che/que) count for each language.
    private static readonly FrozenDictionary<string, string[]> WordsToLanguages = BuildWordIndex(new Dictionary<string, string>
    {
        ["en"] = "the and of to is that for was with on as by from at his are be has have this which said were their will would been",
        ["de"] = "der die und das ist nicht mit den von zu ein eine auf für sich dem auch im wird wurde sind nach bei oder aber noch werden",
        ["fr"] = "le les et des est une du dans pour qui pas sur au avec plus par ce il sont aux été cette mais ont ses leur nous",
        ["es"] = "el los las y del por con para una es se al lo como más pero su fue este esta sus también entre sobre sin muy",
        ["it"] = "il di che per un una con non del della sono è gli nel anche più come alla dei delle questo ha ma già tra",
        ["pt"] = "os do da em um uma não dos das é mais foi ao com para pelo pela seu sua também são está como mas ou",
        ["nl"] = "de het een en van is dat op te voor met niet zijn die ook aan er maar om bij worden werd naar heeft",
        ["pl"] = "się nie jest na że do to jak za po od przez ale są dla jego oraz może także być już tym",
        ["sv"] = "och att det som en är av för på med den till har inte om ett var men från också sig vid",
        ["tr"] = "ve bir bu için ile da de olarak çok daha gibi olan ama en her kadar sonra değil ise göre",
        ["id"] = "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke adalah oleh telah bisa kami mereka",
    });

    /// <summary>An ISO 639-1 code, or null when the text is too short or its language is not clear.</summary>
    public static string? Guess(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scripts = new ScriptCounts(text);
        if (scripts.Letters < MinLetters)
        {
            return null;
        }

        return scripts.Dominant() switch
        {
            Script.Arabic => scripts.ArabicVariant(),
            Script.Cyrillic => scripts.UkrainianLetters * 100 > scripts.Cyrillic ? "uk" : "ru",
            Script.Greek => "el",
            Script.Hebrew => "he",
            Script.Hangul => "ko",
            Script.Kana => "ja",
            Script.Han => scripts.Kana * 20 > scripts.Han ? "ja" : "zh",
            Script.Thai => "th",
            Script.Devanagari => "hi",
            Script.Latin => ByWords(text),
            _ => null,
        };
    }

    private static string? ByWords(string text)
    {
        var hits = new Dictionary<string, int>();
        var lookup = WordsToLanguages.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[MaxWordLength];
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var length = i - start;
                if (length <= MaxWordLength && text.AsSpan(start, length).ToLowerInvariant(lower) == length
                    && lookup.TryGetValue(lower[..length], out var languages))
                {
                    foreach (var language in languages)
                    {
                        hits[language] = hits.GetValueOrDefault(language) + 1;
                    }
                }

                start = -1;
            }
        }

        var ranked = hits.OrderByDescending(kv => kv.Value).Take(2).ToList();
        return ranked switch
        {
            [] => null,
            // A short text: words of one language only.
            [var only] => only.Key,
            [var first, var second] when first.Value >= MinWordHits && first.Value >= WinnerMargin * second.Value => first.Key,
            _ => null,
        };
    }

    private static FrozenDictionary<string, string[]> BuildWordIndex(Dictionary<string, string> wordsByLanguage) =>
        wordsByLanguage
            .SelectMany(kv => kv.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => (Word: word, Language: kv.Key)))
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Language).Distinct().ToArray(), StringComparer.Ordinal);

    private enum Script { None, Latin, Arabic, Cyrillic, Greek, Hebrew, Hangul, Kana, Han, Thai, Devanagari }

    private sealed class ScriptCounts
    {
        private readonly int[] counts = new int[Enum.GetValues<Script>().Length];

        public ScriptCounts(string text)
        {
            foreach (var c in text)
            {
                var script = Of(c);
                if (script == Script.None)
                {
                    continue;
                }

                counts[(int)script]++;
                Letters++;
                switch (c)
                {
                    case 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ':
                        UkrainianLetters++;
                        break;
                    case '\u06CC': // Farsi yeh, where Arabic writes U+064A
                        FarsiYeh++;
                        break;
                    case '\u064A':
                        ArabicYeh++;
                        break;
                    case '\u06D2' or '\u0679' or '\u0688' or '\u0691': // Urdu's barree yeh and retroflex letters
                        UrduLetters++;
                        break;
                    default:
                        break;
                }
            }
        }

        public int Letters { get; }
        public int UkrainianLetters { get; }
        public int Cyrillic => counts[(int)Script.Cyrillic];
        public int Kana => counts[(int)Script.Kana];
        public int Han => counts[(int)Script.Han];
        private int FarsiYeh { get; }
        private int ArabicYeh { get; }
        private int UrduLetters { get; }

        public Script Dominant()
        {
            // Chinese and Japanese share Han characters; kana decide between them, so the two count as one script here.
            var cjk = Kana + Han;
            var best = Enum.GetValues<Script>().Where(s => s is not (Script.None or Script.Kana))
                .Select(s => (Script: s, Count: s == Script.Han ? cjk : counts[(int)s])).MaxBy(x => x.Count);
            if (best.Count < ScriptMajority * Letters)
            {
                return Script.None;
            }

            return best.Script == Script.Han && Kana > 0 && Kana * 20 > cjk ? Script.Kana : best.Script;
        }

        /// <summary>Persian and Urdu write in the Arabic script with letters Arabic does not use.</summary>
        public string ArabicVariant() =>
            UrduLetters * 50 > Letters ? "ur" : FarsiYeh > ArabicYeh ? "fa" : "ar";

        private static Script Of(char c) => c switch
        {
            _ when LanguageDetector.IsLatinLetter(c) => Script.Latin,
            _ when LanguageDetector.IsArabicLetter(c) => Script.Arabic,
            >= '\u0400' and <= '\u04FF' when char.IsLetter(c) => Script.Cyrillic,
            >= '\u0370' and <= '\u03FF' when char.IsLetter(c) => Script.Greek,
            >= '\u05D0' and <= '\u05EA' => Script.Hebrew,
            >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' => Script.Hangul,
            >= '\u3040' and <= '\u30FF' => Script.Kana,
            >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' => Script.Han,
            >= '\u0E01' and <= '\u0E5B' when char.IsLetter(c) => Script.Thai,
            >= '\u0900' and <= '\u097F' when char.IsLetter(c) => Script.Devanagari,
            _ => Script.None,
        };
    }
}
