using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TalentWatch.Storage;

namespace TalentWatch.Editorial;

/// <summary>
/// A report's name within its article, the same each time extraction runs again over the same text: the move type,
/// its person and companies as extracted, and a digest of its evidence sentence with spacing ignored. A report the
/// extractor now reads differently (another type, another company) has another name: it is a new report.
/// </summary>
public static class ReportKey
{
    public static string Of(Move move)
    {
        ArgumentNullException.ThrowIfNull(move);
        var evidence = string.Join(' ', move.Evidence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(evidence)))[..16];
        return string.Create(CultureInfo.InvariantCulture, $"{(int)move.Type}|{move.PersonId}|{move.FromId}|{move.ToId}|{digest}");
    }
}
