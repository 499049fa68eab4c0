using Microsoft.Extensions.Localization;

namespace TalentWatch.Web.Pages.Common;

public static class ValueWordsExtensions
{
    /// <summary>An enum value as the pages show it: its lowercase name in English, else its ValueWords translation.</summary>
    public static LocalizedString Of<TEnum>(this IStringLocalizer<ValueWords> words, TEnum value)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(words);
        return words[value.ToString().ToLowerInvariant()];
    }
}
