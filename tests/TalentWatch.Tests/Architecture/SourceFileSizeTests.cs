namespace TalentWatch.Tests.Architecture;

/// <summary>Files small enough to read at once: no C# file under src/ over 300 lines, generated migrations aside.</summary>
public sealed class SourceFileSizeTests
{
    private const int MaxLines = 300;

    [Fact]
    public void No_source_file_is_over_300_lines()
    {
        var src = Path.Combine(FolderDependencyTests.RepositoryRoot(), "src");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "Migrations"))
            .ToList();

        var tooLong = files.Select(f => (File: Path.GetRelativePath(src, f), Lines: File.ReadLines(f).Count())).Where(f => f.Lines > MaxLines).ToList();

        Assert.True(files.Count > 100, $"read only {files.Count} files under {src}");
        Assert.True(tooLong.Count == 0, "Over 300 lines: " + string.Join(", ", tooLong.Select(f => $"{f.File} ({f.Lines})")));
    }
}
