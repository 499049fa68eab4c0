namespace TalentWatch.Entities;

/// <summary>
/// Folds English and Arabic text into one comparable form so that one automaton can match every spelling
/// variant, while keeping a map back to the original string so mentions can point at what the reader saw.
/// </summary>
public static class TextNormalizer
{
    /// <summary>
    /// Normalises <paramref name="text"/> in one pass. <paramref name="map"/>[i] is the index in
    /// <paramref name="text"/> of the character that produced normalised character i.
    /// </summary>
    /// <remarks>
    /// Rules: Arabic alef forms (أ إ آ ٱ) → ا, ى → ي, ة → ه, ؤ → و, ئ → ي; tashkeel, superscript alef and tatweel
    /// are dropped; Latin is lower-cased (invariant); typographic apostrophes become '; '.' and '-' survive only
    /// between two letters/digits (Character.AI, meta-analysis) so the matcher can tell a joined token from a
    /// sentence end; any other punctuation or whitespace becomes one space; runs of spaces collapse.
    /// </remarks>
    public static string Normalize(string text, out int[] map)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Fixed buffers instead of a StringBuilder: output never outgrows the input. This loop is most of the
        // cost of matching an article, hence the ASCII and Arabic fast paths before the general Unicode calls.
        var buffer = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        var indices = text.Length <= 1024 ? stackalloc int[text.Length] : new int[text.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            char folded;
            if (IsWordChar(c))
            {
                folded = Fold(c);
            }
            else if (IsDropped(c))
            {
                continue;
            }
            else if (IsApostrophe(c))
            {
                folded = '\'';
            }
            else if ((c == '.' || c == '-') && IsJoined(text, i))
            {
                folded = c;
            }
            else
            {
                // Separators collapse; a leading separator would only shift every offset for nothing.
                if (n == 0 || buffer[n - 1] == ' ')
                {
                    continue;
                }

                folded = ' ';
            }

            indices[n] = i;
            buffer[n++] = folded;
        }

        map = indices[..n].ToArray();
        return new string(buffer[..n]);
    }

    /// <summary>Normalises an alias or context word with the same rules as article text, without trailing space.</summary>
    public static string NormalizeName(string name) => Normalize(name, out _).TrimEnd(' ');

    /// <summary>Letters and digits are word characters; the matcher's token boundaries are defined by this.</summary>
    public static bool IsWordChar(char c) => c switch
    {
        < '\u0080' => char.IsAsciiLetterOrDigit(c),
        >= '\u0621' and <= '\u063A' => true,
        >= '\u0641' and <= '\u064A' => true,
        >= '\u0660' and <= '\u0669' => true,
        _ => !IsDropped(c) && c != '\u0640' && char.IsLetterOrDigit(c),
    };

    /// <summary>Characters that vanish from the normalised text (diacritics, tatweel).</summary>
    public static bool IsDropped(char c) =>
        c is (>= '\u064B' and <= '\u0652') or '\u0670' or '\u0640';

    private static char Fold(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c | 0x20),
        < '\u0080' => c,
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ئ' => 'ي',
        >= '\u0621' and <= '\u064A' => c,
        _ => char.ToLowerInvariant(c),
    };

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u2032';

    // A '.' or '-' is part of a token only when letters/digits sit on both sides (ignoring dropped marks).
    private static bool IsJoined(string text, int i)
    {
        var before = i - 1;
        while (before >= 0 && IsDropped(text[before]))
        {
            before--;
        }

        var after = i + 1;
        while (after < text.Length && IsDropped(text[after]))
        {
            after++;
        }

        return before >= 0 && after < text.Length && char.IsLetterOrDigit(text[before]) && char.IsLetterOrDigit(text[after]);
    }
}
