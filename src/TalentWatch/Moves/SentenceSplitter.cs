using TalentWatch.Text;

namespace TalentWatch.Moves;

/// <summary>
/// Cuts text into sentences with offsets. A period ends a sentence only when it is not part of a token
/// (Character.AI, 3.5), an abbreviation (Sept., U.S., Inc., Mr.) or an initial (J. Smith): news English uses all
/// three mid-sentence, and a false cut separates a trigger from its arguments.
/// </summary>
public static class SentenceSplitter
{
    // Compared as written, ignoring case: the splitter runs on raw text, before any normalisation.
    private static readonly HashSet<string> Abbreviations =
        new(DataFile.Lines("TalentWatch.Moves.Data.en.abbreviations.txt"), StringComparer.OrdinalIgnoreCase);

    public static List<Sentence> Split(string text, bool inTitle)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = c switch
            {
                '\n' or '\r' or '!' or '?' or '؟' or '؛' => true,
                '.' or '…' => IsSentencePeriod(text, i),
                _ => false,
            };
            if (!end)
            {
                continue;
            }

            // Closing quotes and brackets belong to the sentence they close.
            var stop = i + 1;
            while (stop < text.Length && text[stop] is '"' or '\'' or '”' or '’' or '»' or ')')
            {
                stop++;
            }

            Add(sentences, text, start, stop, inTitle);
            start = stop;
            i = stop - 1;
        }

        Add(sentences, text, start, text.Length, inTitle);
        return sentences;
    }

    private static bool IsSentencePeriod(string text, int i)
    {
        if (text[i] == '…')
        {
            return true;
        }

        // Inside a token: 3.5, Character.AI, x.ai.
        if (i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
        {
            return false;
        }

        var wordStart = i;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, i - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "J. Smith"
        }

        if (word.Length > 0 && Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return false;
        }

        // A lower-case continuation means the period did not end the sentence ("approx. two").
        var next = i + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next >= text.Length || !char.IsLower(text[next]);
    }

    private static void Add(List<Sentence> sentences, string text, int start, int stop, bool inTitle)
    {
        while (start < stop && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (stop > start && char.IsWhiteSpace(text[stop - 1]))
        {
            stop--;
        }

        if (stop > start)
        {
            sentences.Add(new Sentence(start, stop - start, inTitle));
        }
    }
}
