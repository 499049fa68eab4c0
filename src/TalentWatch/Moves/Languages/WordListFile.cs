namespace TalentWatch.Moves.Languages;

/// <summary>
/// A word-list data file: lists that start at a "[name]" line, then one entry per line. Only the names the code
/// reads are allowed, so that a misspelt list stops start-up instead of silently matching nothing.
/// </summary>
internal static class WordListFile
{
    public static Dictionary<string, List<string>> Parse(IReadOnlyList<string> lines, string file, IReadOnlyCollection<string> known)
    {
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                var name = line[1..^1].Trim();
                if (!known.Contains(name))
                {
                    throw new InvalidOperationException($"Moves data file {file}: unknown list [{name}]; known: {string.Join(", ", known)}.");
                }

                current = lists.TryGetValue(name, out var existing) ? existing : lists[name] = [];
                continue;
            }

            if (current is null)
            {
                throw new InvalidOperationException($"Moves data file {file}: \"{line}\" stands before the first [list].");
            }

            current.Add(line);
        }

        return lists;
    }
}
