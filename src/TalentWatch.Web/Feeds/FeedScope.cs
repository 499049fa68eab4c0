namespace TalentWatch.Web.Feeds;

/// <summary>What a feed URL covers: the filtered timeline, moves only, one company or one person.</summary>
public enum FeedScope
{
    Timeline,
    Moves,
    Company,
    Person,
}
