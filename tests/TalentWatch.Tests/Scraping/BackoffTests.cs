using TalentWatch.Scraping;

namespace TalentWatch.Tests.Scraping;

public class BackoffTests
{
    private static readonly DateTime Now = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_healthy_source_runs_again_after_its_interval() =>
        Assert.Equal(Now.AddMinutes(30), Backoff.NextRun(Now, 30, 0, null, 360));

    [Fact]
    public void Failures_back_off_exponentially_up_to_the_cap()
    {
        var waits = Enumerable.Range(1, 10).Select(f => (Backoff.NextRun(Now, 30, f, null, 360) - Now).TotalMinutes).ToList();
        Assert.Equal([2, 4, 8, 16, 32, 64, 128, 256, 360, 360], waits);
    }

    [Fact]
    public void Retry_after_is_honoured_when_longer_than_the_backoff()
    {
        Assert.Equal(Now.AddHours(2), Backoff.NextRun(Now, 30, 1, TimeSpan.FromHours(2), 360));
        Assert.Equal(Now.AddMinutes(2), Backoff.NextRun(Now, 30, 1, TimeSpan.FromSeconds(5), 360));
    }
}
