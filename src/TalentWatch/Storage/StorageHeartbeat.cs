namespace TalentWatch.Storage;

/// <summary>The last time each process proved the database writable (the health check's write).</summary>
public sealed class StorageHeartbeat
{
    public required string Instance { get; set; }
    public DateTime At { get; set; }
}
