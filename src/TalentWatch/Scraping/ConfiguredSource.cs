namespace TalentWatch.Scraping;

/// <summary>
/// One entry of TalentWatch:Sources with the key it was read from ("TalentWatch:Sources:3"), so a message can name it,
/// and, when a value could not even be read as its type, what was wrong with it (the entry is then skipped).
/// </summary>
public sealed record ConfiguredSource(string Key, SourceOptions Options, string? Problem = null);
