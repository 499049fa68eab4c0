using TalentWatch.Entities;
using TalentWatch.Vocabulary;

namespace TalentWatch.Tests.Entities;

/// <summary>A small catalog with real entries in the shape the shipped catalog.json uses.</summary>
internal static class TestCatalog
{
    public static IReadOnlyList<CatalogEntry> Entries { get; } =
    [
        new("elon-musk", EntityKind.Person, "Elon Musk", "إيلون ماسك", ["Musk", "ماسك", "ايلون ماسك"]),
        new("sam-altman", EntityKind.Person, "Sam Altman", "سام ألتمان", ["Altman", "ألتمان"]),
        new("mark-zuckerberg", EntityKind.Person, "Mark Zuckerberg", "مارك زوكربيرغ", ["Zuckerberg", "زوكربيرغ", "زوكربيرج", "مارك زوكربيرج"]),
        new("sergey-brin", EntityKind.Person, "Sergey Brin", "سيرغي برين", ["سيرجي برين", "Brin", "برين"]),
        new("ethan-knight", EntityKind.Person, "Ethan Knight", "إيثان نايت", []),
        new("google", EntityKind.Org, "Google", "غوغل", ["جوجل"]),
        new("google-deepmind", EntityKind.Org, "Google DeepMind", "ديب مايند", ["DeepMind", "جوجل ديب مايند"], Parent: "google"),
        new("openai", EntityKind.Org, "OpenAI", "أوبن إيه آي", ["أوبن أيه آي", "Open AI"]),
        new("tesla", EntityKind.Org, "Tesla", "تسلا", ["Tesla Inc", "تيسلا"]),
        new("meta", EntityKind.Org, "Meta", "ميتا", ["Meta Platforms", "Facebook", "فيسبوك"]),
        new("apple", EntityKind.Org, "Apple", "آبل", ["أبل"]),
        new("x-corp", EntityKind.Org, "X", "إكس", ["Twitter", "تويتر"], AmbiguousAliases: ["X", "إكس"],
            Context: ["منصة", "platform", "posted on", "wrote on", "تغريدة"]),
        new("xai", EntityKind.Org, "xAI", "إكس إيه آي", []),
        new("character-ai", EntityKind.Org, "Character.AI", null, ["Character AI", "Character"]),
    ];

    public static EntityMatcher Matcher { get; } = new(Entries);

    /// <summary>Slugs found in the body (no title), in order.</summary>
    public static string[] Slugs(string body, string title = "") =>
        Matcher.Match(title, body).Select(m => m.Slug).ToArray();
}
