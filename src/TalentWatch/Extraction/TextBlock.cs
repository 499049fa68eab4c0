namespace TalentWatch.Extraction;

/// <summary>One run of text between block boundaries, with how much of it sits inside links.</summary>
internal sealed record TextBlock(string Text, string Tag, int Chars, int LinkChars, bool InQuote)
{
    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

    public bool IsHeading => Tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
}
