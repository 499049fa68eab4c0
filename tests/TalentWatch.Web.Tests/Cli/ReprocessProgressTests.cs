using TalentWatch.Analysis;
using TalentWatch.Web.Cli;

namespace TalentWatch.Web.Tests.Cli;

/// <summary>The `reprocess` progress line says how far it is, how fast it goes and how long is left.</summary>
public class ReprocessProgressTests
{
    [Theory]
    [InlineData(0, 1_000_000, 0, "[..............................] 0/1000000")]
    [InlineData(500_000, 1_000_000, 1250, "[###############...............] 500000/1000000, 400 articles/s, about 20m left")]
    [InlineData(100_000, 1_000_000, 600, "[###...........................] 100000/1000000, 167 articles/s, about 1h30m left")]
    [InlineData(999_000, 1_000_000, 1000, "[#############################.] 999000/1000000, 999 articles/s, about 2s left")]
    [InlineData(1_000_000, 1_000_000, 4000, "[##############################] 1000000/1000000, 250 articles/s")]
    public void The_line_gives_the_count_then_the_rate_and_the_time_left(int done, int total, int seconds, string expected) =>
        Assert.Equal(expected, ReprocessCommand.Line(new Reprocessor.Progress(done, total, 0), TimeSpan.FromSeconds(seconds)));
}
