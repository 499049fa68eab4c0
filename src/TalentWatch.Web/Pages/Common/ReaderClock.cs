using System.Globalization;

namespace TalentWatch.Web.Pages.Common;

/// <summary>
/// Where the reader's day starts: TalentWatch:TimeZone (an IANA or Windows id), UTC by default. Dates are formatted
/// in the reader's culture; times carry the zone's name so nobody mistakes them for local time.
/// </summary>
public sealed class ReaderClock(string? timeZoneId)
{
    public TimeZoneInfo Zone { get; } = string.IsNullOrWhiteSpace(timeZoneId) ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);

    public string ZoneName => Zone == TimeZoneInfo.Utc ? "UTC" : Zone.Id;

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public DateOnly Day(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>The UTC instant at which <paramref name="day"/> starts in the reader's zone.</summary>
    public DateTime StartUtc(DateOnly day)
    {
        var start = DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified);
        // Where clocks jump forward at midnight (America/Santiago, Asia/Beirut, ...) that day has no 00:00, and the
        // conversion would throw: the day starts at its first minute that exists.
        while (Zone.IsInvalidTime(start))
        {
            start = start.AddMinutes(1);
        }
        return TimeZoneInfo.ConvertTimeToUtc(start, Zone);
    }

    public string FormatDay(DateOnly day) => day.ToString("D", CultureInfo.CurrentCulture);

    public string FormatDate(DateTime utc) => Day(utc).ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>"14:05 UTC": views wrap it in bdi dir=ltr so an Arabic line does not reorder it.</summary>
    public string FormatTime(DateTime utc) => string.Create(CultureInfo.InvariantCulture, $"{ToLocal(utc):HH:mm} {ZoneName}");
}
