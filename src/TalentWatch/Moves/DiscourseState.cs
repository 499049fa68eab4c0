namespace TalentWatch.Moves;

/// <summary>What earlier sentences leave for later ones: the last person named (for "he"/pro-drop subjects) and the last join destination.</summary>
internal sealed class DiscourseState
{
    public string? LastPerson { get; set; }

    public string? LastJoinTo { get; set; }

    /// <summary>Sentences since <see cref="LastJoinTo"/> was set; the destination is carried only to the next sentence or two.</summary>
    public int SinceJoin { get; set; } = int.MaxValue;
}
