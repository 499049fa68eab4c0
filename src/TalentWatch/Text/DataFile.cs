namespace TalentWatch.Text;

/// <summary>
/// The text files shipped inside the assembly (Entities/Discovery/Data, Moves/Data) so that linguists can edit word
/// lists without touching code: one entry per line, blank lines and lines starting with '#' skipped.
/// </summary>
internal static class DataFile
{
    /// <summary>The entries of an embedded file, trimmed, in file order.</summary>
    public static List<string> Lines(string resourceName) =>
        TryLines(resourceName) ?? throw new InvalidOperationException($"Data file {resourceName} is not embedded.");

    /// <summary>As <see cref="Lines"/>, or null when no such file is embedded.</summary>
    public static List<string>? TryLines(string resourceName)
    {
        using var stream = typeof(DataFile).Assembly.GetManifestResourceStream(resourceName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }
}
