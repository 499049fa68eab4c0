namespace TalentWatch.Entities.Discovery;

/// <summary>The sentence around an offset, for the admin who reviews a discovery; a rough cut is good enough for that.</summary>
public static class SentenceText
{
    public static string Around(string text, int offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return string.Empty;
        }
        offset = Math.Clamp(offset, 0, text.Length - 1);
        var start = offset;
        while (start > 0 && !IsBoundary(text, start - 1))
        {
            start--;
        }
        var end = offset;
        while (end < text.Length && !IsBoundary(text, end))
        {
            end++;
        }
        if (end < text.Length && text[end] != '\n')
        {
            end++;
        }
        return text[start..end].Trim();
    }

    private static bool IsBoundary(string text, int i) =>
        text[i] == '\n' || (text[i] is '.' or '!' or '?' or '؟' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) && !(i > 0 && i > 1 && char.IsUpper(text[i - 1]) && !char.IsLetter(text[i - 2])));
}
