namespace TalentWatch.Storage;

/// <summary>
/// A slug an admin rejected or merged away. Without it the shipped catalog would re-create the entity at the next
/// start-up and discovery would re-create a rejected name at the next reprocess.
/// </summary>
public sealed class RemovedEntity
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }

    /// <summary>Set when the entity was merged: its pages redirect to the target.</summary>
    public string? MergedIntoSlug { get; set; }
    public DateTime RemovedAt { get; set; }
}
