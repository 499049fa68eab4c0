using Xunit.Abstractions;

namespace TalentWatch.Tests.Moves;

public sealed class ProbeDump(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var file = Environment.GetEnvironmentVariable("MOVES_PROBE");
        if (file is null) return;
        foreach (var line in File.ReadAllLines(file))
        {
            if (line.Length < 4) continue;
            var lang = line[..2];
            var text = line[3..];
            output.WriteLine($"PROBE {text}\n   => {string.Join("  ", MoveKit.Keys(text, lang))}");
        }
    }
}
