using System.Diagnostics;

namespace TalentWatch.Web.Tests.Infrastructure;

/// <summary>
/// Makes files immutable with chattr +i, which refuses writes even through handles already open and even to root (the
/// tests run as root, for whom a chmod changes nothing): a database that really stops taking writes mid-run.
/// </summary>
public sealed class Immutable : IAsyncDisposable
{
    private readonly string[] files;

    private Immutable(string[] files) => this.files = files;

    public static Immutable Make(params string[] files)
    {
        foreach (var file in files.Where(File.Exists))
        {
            Chattr("+i", file);
        }
        return new Immutable([.. files.Where(File.Exists)]);
    }

    public ValueTask DisposeAsync()
    {
        foreach (var file in files)
        {
            Chattr("-i", file);
        }
        return ValueTask.CompletedTask;
    }

    private static void Chattr(string flag, string file)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [flag, file]) { RedirectStandardError = true })
            ?? throw new InvalidOperationException("chattr (Debian package e2fsprogs) could not be started.");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"chattr {flag} {file} failed ({error.Trim()}); these tests need root on a file system with immutable files (ext4).");
        }
    }
}
