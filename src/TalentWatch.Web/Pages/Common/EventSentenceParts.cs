using TalentWatch.Events;
using TalentWatch.Moves;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Pages.Common;

/// <summary>
/// Splits <see cref="EventSentence.Describe"/> into text and names, so the names can be links wrapped in bdi
/// without the page re-implementing the sentence: the sentence is built around placeholder characters that no
/// name contains, then cut at them.
/// </summary>
public static class EventSentenceParts
{
    private const char PersonMark = '\uE000';
    private const char FromMark = '\uE001';
    private const char ToMark = '\uE002';

    public sealed record Part(string? Text, EntityChip? Entity);

    public static IReadOnlyList<Part> Of(EventRow row, bool arabic = false)
    {
        ArgumentNullException.ThrowIfNull(row);
        Func<MoveType, string?, string?, string?, string> describe = arabic ? EventSentence.DescribeArabic : EventSentence.Describe;
        var sentence = describe(row.Type,
            row.Person is null ? null : PersonMark.ToString(),
            row.From is null ? null : FromMark.ToString(),
            row.To is null ? null : ToMark.ToString());
        var parts = new List<Part>();
        var start = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            var entity = sentence[i] switch
            {
                PersonMark => row.Person,
                FromMark => row.From,
                ToMark => row.To,
                _ => null,
            };
            if (entity is null)
            {
                continue;
            }
            if (i > start)
            {
                parts.Add(new Part(sentence[start..i], null));
            }
            parts.Add(new Part(null, entity));
            start = i + 1;
            // Describe adds "'s" to the placeholder; a real name ending in s takes only the apostrophe.
            if (!arabic && entity.Name.EndsWith('s') && sentence.AsSpan(start).StartsWith("'s", StringComparison.Ordinal))
            {
                parts.Add(new Part("'", null));
                start += 2;
            }
        }
        if (start < sentence.Length)
        {
            parts.Add(new Part(sentence[start..], null));
        }
        return parts;
    }
}
