namespace TalentWatch.Moves.Sentences;

/// <summary>A word or punctuation mark of a sentence; Norm is the TextNormalizer form (lower case, Arabic letters folded).</summary>
internal readonly record struct MoveToken(int Start, int Length, string Norm, bool IsWord)
{
    public int End => Start + Length;

    public bool Is(string norm) => string.Equals(Norm, norm, StringComparison.Ordinal);
}
