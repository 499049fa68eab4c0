using TalentWatch.Feeds;

namespace TalentWatch.Tests.Feeds;

public class LenientDateTests
{
    [Theory]
    [InlineData("Thu, 04 Apr 2024 10:30:00 +0300", "2024-04-04T10:30:00+03:00")]
    [InlineData("Thu, 4 Apr 2024 10:30:00 GMT", "2024-04-04T10:30:00+00:00")]
    [InlineData("Thu, 04 Apr 2024 10:30:00 PDT", "2024-04-04T10:30:00-07:00")]
    [InlineData("04 Apr 2024 10:30 EST", "2024-04-04T10:30:00-05:00")]
    [InlineData("2024-04-04T10:30:00+03:00", "2024-04-04T10:30:00+03:00")]
    [InlineData("2024-04-04T07:30:00Z", "2024-04-04T07:30:00+00:00")]
    [InlineData("2024-04-04", "2024-04-04T00:00:00+00:00")]
    public void Parses_dates_as_feeds_write_them(string text, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), LenientDate.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Thu, 99 Foo 2024 99:99:99 +9999")]
    public void Bad_dates_are_null_not_exceptions(string? text) => Assert.Null(LenientDate.Parse(text));
}
