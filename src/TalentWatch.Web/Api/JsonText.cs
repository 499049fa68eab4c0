using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace TalentWatch.Web.Api;

public static class JsonText
{
    /// <summary>Arabic stays readable in JSON; HTML-sensitive characters (&lt; &gt; &amp; ') are still escaped.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
}
