namespace TalentWatch.Storage;

/// <summary>
/// What pages, feeds and the API call an article's source: its name, or, once the source was deleted and the
/// article kept, the host of the article's own URL (the outlet is still who published it).
/// </summary>
public static class SourceLabel
{
    public const string Deleted = "deleted source";

    public static string Of(string? sourceName, string articleUrl) =>
        sourceName ?? (Uri.TryCreate(articleUrl, UriKind.Absolute, out var url) && url.Host.Length > 0 ? url.Host : Deleted);
}
