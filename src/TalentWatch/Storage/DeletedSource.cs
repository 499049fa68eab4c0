namespace TalentWatch.Storage;

/// <summary>
/// The URL of a source an administrator deleted, so start-up (SourceSync) does not bring it back from the
/// configuration or the curated defaults. Adding the URL again as a source is how it comes back.
/// </summary>
public sealed class DeletedSource
{
    public required string Url { get; set; }
    public DateTime DeletedAt { get; set; }
}
