namespace TalentWatch.Web.Hosting;

/// <summary>
/// A folder a feature writes to (logs, Data Protection keys), registered by that feature with the setting that names it,
/// so start-up can create and try every one of them and name the setting when one cannot be used: both writers would
/// otherwise fail later and quietly (a log with no file, a sign-in that breaks on the first request).
/// </summary>
/// <param name="OwnerOnly">Holds secrets: on Unix the folder is made readable by the app's own user only.</param>
public sealed record RequiredFolder(string Key, string Path, bool OwnerOnly = false);
