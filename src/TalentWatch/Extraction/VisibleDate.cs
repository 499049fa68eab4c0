using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>
/// The publication date as the page prints it ("Apr 12, 2024, 9:30 AM PDT", "نُشر في 12 أبريل 2024"), for pages
/// that carry no machine-readable date at all. Only short lines are read, so a date inside a sentence is not taken.
/// </summary>
internal static partial class VisibleDate
{
    private const int MaxLineChars = 120;

    private static readonly HashSet<string> LineTags = new(StringComparer.Ordinal)
    {
        "time", "span", "div", "p", "small", "li", "address", "dd",
    };

    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["jan"] = 1,
        ["feb"] = 2,
        ["mar"] = 3,
        ["apr"] = 4,
        ["may"] = 5,
        ["jun"] = 6,
        ["jul"] = 7,
        ["aug"] = 8,
        ["sep"] = 9,
        ["oct"] = 10,
        ["nov"] = 11,
        ["dec"] = 12,
        ["يناير"] = 1,
        ["فبراير"] = 2,
        ["مارس"] = 3,
        ["ابريل"] = 4,
        ["مايو"] = 5,
        ["يونيو"] = 6,
        ["يونيه"] = 6,
        ["يوليو"] = 7,
        ["يوليه"] = 7,
        ["اغسطس"] = 8,
        ["سبتمبر"] = 9,
        ["اكتوبر"] = 10,
        ["نوفمبر"] = 11,
        ["ديسمبر"] = 12,
        ["كانون الثاني"] = 1,
        ["شباط"] = 2,
        ["اذار"] = 3,
        ["نيسان"] = 4,
        ["ايار"] = 5,
        ["حزيران"] = 6,
        ["تموز"] = 7,
        ["اب"] = 8,
        ["ايلول"] = 9,
        ["تشرين الاول"] = 10,
        ["تشرين الثاني"] = 11,
        ["كانون الاول"] = 12,
    };

    // Zone abbreviations printed next to times; ambiguous ones (ET, AST, IST outside India) are left out on purpose.
    private static readonly Dictionary<string, double> Zones = new(StringComparer.Ordinal)
    {
        ["utc"] = 0,
        ["gmt"] = 0,
        ["z"] = 0,
        ["جرينتش"] = 0,
        ["غرينتش"] = 0,
        ["bst"] = 1,
        ["cet"] = 1,
        ["cest"] = 2,
        ["eet"] = 2,
        ["eest"] = 3,
        ["msk"] = 3,
        ["gst"] = 4,
        ["ist"] = 5.5,
        ["sgt"] = 8,
        ["hkt"] = 8,
        ["jst"] = 9,
        ["kst"] = 9,
        ["aest"] = 10,
        ["aedt"] = 11,
        ["est"] = -5,
        ["edt"] = -4,
        ["cst"] = -6,
        ["cdt"] = -5,
        ["mst"] = -7,
        ["mdt"] = -6,
        ["pst"] = -8,
        ["pdt"] = -7,
    };

    public static DateExtractor.PageDate? Find(IDocument document)
    {
        var scope = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        if (scope is null)
        {
            return null;
        }

        foreach (var e in DomWalk.Elements(scope, descend: e => !MainTextExtractor.IsNonContent(e) || e.LocalName is "header" or "time"))
        {
            if (!LineTags.Contains(e.LocalName) || e.Children.Any(c => HtmlTags.Block.Contains(c.LocalName)))
            {
                continue;
            }

            var text = e.TextContent;
            if (text.Length <= MaxLineChars && Parse(text) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    internal static DateExtractor.PageDate? Parse(string line)
    {
        var folded = CleanText.FoldForMatching(AsciiDigits(line));

        // "Published 3 Apr · Updated 4 Apr": the modification date is not the publication date.
        var updated = Updated().Match(folded);
        if (updated.Success)
        {
            folded = folded[..updated.Index];
        }

        var m = MonthFirst().Match(folded);
        if (!m.Success)
        {
            m = DayFirst().Match(folded);
        }

        if (!m.Success || MonthNumber(m.Groups["mon"].Value) is not { } month)
        {
            return null;
        }

        int Num(string g) => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
        var hasTime = m.Groups["h"].Success;
        var hour = hasTime ? Num("h") : 0;
        var ampm = m.Groups["ap"].Value;
        if (ampm.StartsWith('p') || ampm == "م")
        {
            hour = hour % 12 + 12;
        }
        else if (ampm.StartsWith('a') || ampm == "ص")
        {
            hour %= 12;
        }

        var zone = m.Groups["tz"].Value;
        var hasOffset = hasTime && Zones.ContainsKey(zone);
        var offset = hasOffset ? TimeSpan.FromHours(Zones[zone]) : TimeSpan.Zero;
        try
        {
            return new DateExtractor.PageDate(new DateTimeOffset(Num("y"), month, Num("d"), hour, hasTime ? Num("mi") : 0, 0, offset), hasTime, hasOffset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static int? MonthNumber(string name)
    {
        if (Months.TryGetValue(name, out var n))
        {
            return n;
        }

        return name.Length >= 3 && Months.TryGetValue(name[..3], out n) ? n : null;
    }

    private static string AsciiDigits(string s) =>
        string.Create(s.Length, s, (span, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                var c = src[i];
                span[i] = c is >= '\u0660' and <= '\u0669' ? (char)('0' + (c - '\u0660')) : c is >= '\u06F0' and <= '\u06F9' ? (char)('0' + (c - '\u06F0')) : c;
            }
        });

    private const string Time = @"(?:\s*(?:,|at|-|–|—|\||·|الساعه)?\s*(?<h>\d{1,2})[:.](?<mi>\d{2})(?:\s*(?<ap>a\.?m\.?|p\.?m\.?|ص|م)(?!\p{L}))?(?:\s*\(?\s*(?:بتوقيت\s+)?(?<tz>[a-z]{1,4}|جرينتش|غرينتش)(?!\p{L}))?)?";

    private const string ArabicMonths = "يناير|فبراير|مارس|ابريل|مايو|يونيو|يونيه|يوليو|يوليه|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون الثاني|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين الاول|تشرين الثاني|كانون الاول";

    [GeneratedRegex(@"(?<![\p{L}\d])(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)(?!\d)" + Time, RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>jan[a-z]*|feb[a-z]*|mar[a-z]*|apr[a-z]*|may|jun[a-z]*|jul[a-z]*|aug[a-z]*|sep[a-z]*|oct[a-z]*|nov[a-z]*|dec[a-z]*|" + ArabicMonths + @")\.?,?\s+(?<y>(?:19|20)\d\d)(?!\d)" + Time, RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"\b(updated|modified|last edited)\b|تحديث|تعديل", RegexOptions.CultureInvariant)]
    private static partial Regex Updated();
}
