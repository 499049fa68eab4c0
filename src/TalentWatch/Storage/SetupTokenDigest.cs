namespace TalentWatch.Storage;

/// <summary>
/// The SHA-256 of a first-run setup token an instance wrote to its log, so that the link works on whichever instance
/// a balancer sends it to. The token itself is never stored.
/// </summary>
public sealed class SetupTokenDigest
{
    public required byte[] Digest { get; set; }

    /// <summary>The instance that issued it: its next start replaces it.</summary>
    public required string IssuedBy { get; set; }

    public DateTime IssuedAt { get; set; }
}
