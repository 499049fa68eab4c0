namespace TalentWatch.Storage;

/// <summary>
/// One key of the web app's Data Protection key ring (the XML the framework writes), kept in the database when
/// several instances must share the ring: a cookie or form token sealed by one instance opens on every other.
/// </summary>
public sealed class ProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public required string Xml { get; set; }
}
