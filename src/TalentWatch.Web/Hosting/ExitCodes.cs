namespace TalentWatch.Web.Hosting;

/// <summary>
/// Why the app or a verb refused to start, beyond 0 (done), 1 (a run had failures) and 2 (usage). The numbers are
/// sysexits.h's, so a service manager or a script can tell "fix the settings" from "fix the disk" without reading stderr.
/// </summary>
public static class ExitCodes
{
    /// <summary>EX_CONFIG: a setting has an unusable value (stderr names the key and the value).</summary>
    public const int BadConfiguration = 78;

    /// <summary>EX_IOERR: the database or a folder the app writes cannot be used (stderr names the file and the setting).</summary>
    public const int StorageUnavailable = 74;
}
