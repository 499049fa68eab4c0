namespace TalentWatch.Web.Hosting;

/// <summary>Creates a folder the app will write to and proves it can write there, before anything depends on it.</summary>
public static class StartupFolders
{
    /// <summary>Null when the folder exists (or was created) and takes a file; else why not, in words.</summary>
    public static string? Problem(string folder, bool ownerOnly = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var full = Path.GetFullPath(folder);
        if (BlockingFile(full) is { } file)
        {
            // The exception would only say "could not find a part of the path".
            return $"{file} is a file, not a folder";
        }
        try
        {
            Directory.CreateDirectory(full);
            if (ownerOnly && !OperatingSystem.IsWindows())
            {
                RestrictToOwner(full);
            }
            var probe = Path.Combine(full, $".write-check-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex.Message;
        }
    }

    /// <summary>rwx for the owner only; a folder someone else owns keeps its mode (the write check decides if it is usable).</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void RestrictToOwner(string folder)
    {
        try
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>The file standing where the folder or one of its parents should be, if any.</summary>
    private static string? BlockingFile(string folder)
    {
        for (var path = folder; !string.IsNullOrEmpty(path); path = Path.GetDirectoryName(path))
        {
            if (File.Exists(path))
            {
                return path;
            }
            if (Directory.Exists(path))
            {
                return null;
            }
        }
        return null;
    }
}
