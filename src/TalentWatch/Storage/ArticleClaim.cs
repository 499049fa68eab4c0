namespace TalentWatch.Storage;

/// <summary>A story page being fetched and stored by one process (<see cref="Scraping.ArticleClaims"/>), until it is saved or the claim runs out.</summary>
public sealed class ArticleClaim
{
    /// <summary>The canonical URL, as <see cref="Article.Url"/> will hold it.</summary>
    public required string Url { get; set; }

    public required string Holder { get; set; }
    public DateTime Until { get; set; }
}
