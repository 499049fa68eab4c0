namespace TalentWatch.Entities.Discovery;

/// <summary>One capitalised run that survived clean-up: a possible mention of a name, with the context clues around it.</summary>
public sealed class Candidate(IReadOnlyList<Token> tokens, string source, bool inTitle)
{
    public IReadOnlyList<Token> Tokens { get; } = tokens;
    public bool InTitle { get; } = inTitle;
    public int Start => Tokens[0].Start;
    public int End => Tokens[^1].End;
    public string Surface { get; } = source[tokens[0].Start..tokens[^1].End];
    public string Key { get; } = NameKey.Of(source[tokens[0].Start..tokens[^1].End]);
    public bool SentenceStart => Tokens[0].SentenceStart;
    public int Sentence => Tokens[0].Sentence;

    /// <summary>Context clues: how many say person, organisation, product; "acts" = the name does something (said, hired).</summary>
    public int PersonClues { get; set; }
    public int OrgClues { get; set; }
    public int ProductClues { get; set; }
    public int ActClues { get; set; }

    /// <summary>Index of the coordinated list ("A, B and C") the candidate belongs to, or -1.</summary>
    public int ListGroup { get; set; } = -1;
}
