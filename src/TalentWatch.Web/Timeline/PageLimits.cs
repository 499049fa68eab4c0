namespace TalentWatch.Web.Timeline;

/// <summary>How many items one page of a list shows by default and at most (a `limit` outside 1..Max is named, see <see cref="FilterValues.Limit"/>).</summary>
public sealed record PageLimits(int Default, int Max)
{
    /// <summary>The timeline page.</summary>
    public static PageLimits Timeline { get; } = new(30, 100);

    /// <summary>RSS, Atom and JSON feeds: readers poll, so a page holds more.</summary>
    public static PageLimits Feeds { get; } = new(50, 200);

    /// <summary>/api/articles and /api/events.</summary>
    public static PageLimits Api { get; } = new(50, 200);

    /// <summary>/api/entities: a directory, read whole by scripts.</summary>
    public static PageLimits Entities { get; } = new(100, 1000);
}
