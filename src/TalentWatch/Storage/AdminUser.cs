namespace TalentWatch.Storage;

/// <summary>An administrator of this install; the hash is PBKDF2 (ASP.NET Core Identity's format), never the password.</summary>
public sealed class AdminUser
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string PasswordHash { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// The newest event this administrator had in the review queue when they last opened it: events with a higher id
    /// are "new since I last looked" (ids only grow).
    /// </summary>
    public long? MovesSeenUpTo { get; set; }
}
