namespace TalentWatch.Storage;

/// <summary>
/// The database was migrated by a build whose migrations this one does not have: a pre-release database, from before
/// the migrations were squashed into one, or one made by a newer version. Nothing is changed in it.
/// </summary>
public sealed class UnknownSchemaException(IReadOnlyList<string> migrations)
    : Exception($"the database has migrations this version does not know: {string.Join(", ", migrations)}")
{
    public IReadOnlyList<string> Migrations { get; } = migrations;
}
