namespace TalentWatch.Moves;

/// <summary>A sentence as an offset range of the title or body it was cut from.</summary>
public readonly record struct Sentence(int Start, int Length, bool InTitle)
{
    public int End => Start + Length;
}
