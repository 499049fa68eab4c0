using TalentWatch.Entities;
using TalentWatch.Moves;
using TalentWatch.Vocabulary;

namespace TalentWatch.Tests.Moves;

/// <summary>
/// A small catalog of people and companies that do not occur in the dev corpus, so the tests check that the rules
/// generalise, and helpers that reduce moves to "type|person|from|to" strings.
/// </summary>
internal static class MoveKit
{
    public static IReadOnlyList<CatalogEntry> Entries { get; } =
    [
        new("priya-raman", EntityKind.Person, "Priya Raman", "بريا رامان", ["Raman", "رامان"]),
        new("tom-becker", EntityKind.Person, "Tom Becker", "توم بيكر", ["Becker", "بيكر"]),
        new("lina-haddad", EntityKind.Person, "Lina Haddad", "لينا حداد", ["Haddad", "حداد"]),
        new("omar-farouk", EntityKind.Person, "Omar Farouk", "عمر فاروق", ["Farouk", "فاروق"]),
        new("sam-altman", EntityKind.Person, "Sam Altman", "سام ألتمان", ["Altman", "ألتمان"]),
        new("elon-musk", EntityKind.Person, "Elon Musk", "إيلون ماسك", ["Musk", "ماسك"]),
        new("openai", EntityKind.Org, "OpenAI", "أوبن إيه آي", ["أوبن أيه آي"]),
        new("google", EntityKind.Org, "Google", "غوغل", ["جوجل"]),
        new("apple", EntityKind.Org, "Apple", "أبل", ["آبل"]),
        new("meta", EntityKind.Org, "Meta", "ميتا", []),
        new("amazon", EntityKind.Org, "Amazon", "أمازون", []),
        new("nvidia", EntityKind.Org, "Nvidia", "إنفيديا", ["انفيديا"]),
        new("anthropic", EntityKind.Org, "Anthropic", "أنثروبيك", []),
        new("mistral-ai", EntityKind.Org, "Mistral AI", "ميسترال", ["Mistral"]),
        new("tesla", EntityKind.Org, "Tesla", "تسلا", []),
        new("x-corp", EntityKind.Org, "X", "إكس", ["Twitter", "تويتر"], AmbiguousAliases: ["X", "إكس"], Context: ["منصة", "platform", "تغريدة", "posted on"]),
    ];

    public static readonly EntityMatcher Matcher = new(Entries);

    public static readonly DateTimeOffset Published = new(2025, 3, 18, 10, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<ExtractedMove> Extract(string body, string language, string title = "") =>
        MoveExtractor.Extract(title, body, language, Published, Matcher.Match(title, body));

    /// <summary>Moves as "type|person|from|to" (empty slots stay empty), sorted.</summary>
    public static string[] Keys(string body, string language, string title = "") =>
        Extract(body, language, title).Select(Key).Order(StringComparer.Ordinal).ToArray();

    public static string Key(ExtractedMove m) =>
        $"{m.Type.ToString().ToLowerInvariant()}|{m.PersonSlug}|{m.FromSlug}|{m.ToSlug}";

    /// <summary>Just the scoring key (<see cref="MoveKey"/>: join person+to, leave person+from, poach to+from, retain from).</summary>
    public static string[] ScoreKeys(string body, string language, string title = "") =>
        Extract(body, language, title).Select(m => MoveKey.Of(m).ToString()).Order(StringComparer.Ordinal).ToArray();
}
