using TalentWatch.Vocabulary;

namespace TalentWatch.Web.Pages.Admin.Moves;

/// <summary>The English words (and translation keys) for verdicts and audit actions.</summary>
public static class ReviewWords
{
    public static IReadOnlyList<(string Value, string Label)> StatusFilters { get; } =
        [("new", "To review"), ("confirmed", "Confirmed moves"), ("corrected", "Corrected moves"), ("rejected", "Rejected moves"), ("all", "Every event")];

    public static string Verdict(ReviewStatus status) => status switch
    {
        ReviewStatus.Confirmed => "Confirmed by an editor",
        ReviewStatus.Corrected => "Corrected by an editor",
        ReviewStatus.Rejected => "Rejected by an editor",
        _ => "Awaiting review",
    };

    public static IEnumerable<string> Actions => ["confirm", "reject", "correct", "merge", "split", "background", "reopen"];

    public static string Action(string action) => action switch
    {
        "confirm" => "confirmed it",
        "reject" => "rejected it",
        "correct" => "corrected it",
        "merge" => "merged another event into it",
        "split" => "split a report",
        "background" => "background or news",
        "reopen" => "sent it back for review",
        _ => action,
    };
}
