using TalentWatch.Moves;
using TalentWatch.Vocabulary;

namespace TalentWatch.Events;

/// <summary>An event read as what happened: "Ethan Knight left Tesla for xAI", "OpenAI is poaching Tesla's staff".</summary>
public static class EventSentence
{
    public static string Describe(MoveType type, string? person, string? from, string? to) => type switch
    {
        MoveType.Join when person is not null && from is not null && to is not null => $"{person} left {from} for {to}",
        MoveType.Join => $"{person ?? "Someone"} joined {to ?? "a new employer"}",
        MoveType.Leave => $"{person ?? "Someone"} left {from ?? "their employer"}",
        MoveType.Found when from is not null => $"{person ?? "Someone"} left {from} to found {to ?? "a company"}",
        MoveType.Found => $"{person ?? "Someone"} founded {to ?? "a company"}",
        MoveType.Poach when person is not null => $"{to ?? "A rival"} poached {person} from {from ?? "a rival"}",
        MoveType.Poach => $"{to ?? "A rival"} is poaching {Possessive(from) ?? "a rival's"} staff",
        MoveType.Retain when to is not null => $"{from ?? "A company"} moved to keep its staff from {to}",
        MoveType.Retain => $"{from ?? "A company"} moved to keep its staff",
        _ => type.ToString(),
    };

    /// <summary>The same sentence for Arabic readers (names as given: pass the Arabic names where known).</summary>
    public static string DescribeArabic(MoveType type, string? person, string? from, string? to) => type switch
    {
        MoveType.Join when person is not null && from is not null && to is not null => $"{person} غادر {from} وانضم إلى {to}",
        MoveType.Join => $"{person ?? "شخص"} انضم إلى {to ?? "جهة جديدة"}",
        MoveType.Leave => $"{person ?? "شخص"} غادر {from ?? "عمله"}",
        MoveType.Found when from is not null => $"{person ?? "شخص"} غادر {from} ليؤسس {to ?? "شركة"}",
        MoveType.Found => $"{person ?? "شخص"} أسس {to ?? "شركة"}",
        MoveType.Poach when person is not null => $"{to ?? "شركة منافسة"} استقطبت {person} من {from ?? "منافس"}",
        MoveType.Poach => $"{to ?? "شركة منافسة"} تستقطب موظفي {from ?? "منافس"}",
        MoveType.Retain when to is not null => $"{from ?? "شركة"} تسعى للاحتفاظ بموظفيها أمام {to}",
        MoveType.Retain => $"{from ?? "شركة"} تسعى للاحتفاظ بموظفيها",
        _ => type.ToString(),
    };

    private static string? Possessive(string? name) =>
        name is null ? null : name.EndsWith('s') ? name + "'" : name + "'s";
}
