using System.Globalization;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves.Languages;

/// <summary>
/// Reads a triggers.txt file (its header documents the format): "type frame strength flags phrase | phrase ...",
/// one trigger per phrase, in file order (the matcher prefers the first of two equally long matches).
/// </summary>
internal static class TriggerLexicon
{
    private static readonly Dictionary<string, MoveType> Types = new(StringComparer.Ordinal)
    {
        ["join"] = MoveType.Join,
        ["leave"] = MoveType.Leave,
        ["found"] = MoveType.Found,
        ["poach"] = MoveType.Poach,
        ["retain"] = MoveType.Retain,
    };

    private static readonly Dictionary<string, TriggerFrame> Frames = new(StringComparer.Ordinal)
    {
        ["person-moves"] = TriggerFrame.PersonMoves,
        ["org-hires"] = TriggerFrame.OrgHires,
        ["org-recruits"] = TriggerFrame.OrgRecruits,
        ["org-loses"] = TriggerFrame.OrgLoses,
        ["replaces"] = TriggerFrame.Replaces,
        ["retains"] = TriggerFrame.Retains,
    };

    private static readonly Dictionary<string, TriggerFlags> Flags = new(StringComparer.Ordinal)
    {
        ["noun"] = TriggerFlags.Noun,
        ["needs-staff"] = TriggerFlags.NeedsStaff,
        ["appointment"] = TriggerFlags.Appointment,
        ["needs-persuasion"] = TriggerFlags.NeedsPersuasion,
        ["needs-direct-org"] = TriggerFlags.NeedsDirectOrg,
        ["repeats-last-join"] = TriggerFlags.RepeatsLastJoin,
    };

    public static List<Trigger> Parse(IReadOnlyList<string> lines, string file)
    {
        var triggers = new List<Trigger>();
        foreach (var line in lines)
        {
            var columns = line.Split(' ', 5, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (columns.Length < 5)
            {
                throw Invalid(file, line, "a line needs type, frame, strength, flags and phrases");
            }

            var type = Types.TryGetValue(columns[0], out var t) ? t : throw Invalid(file, line, $"unknown type {columns[0]}");
            var frame = Frames.TryGetValue(columns[1], out var f) ? f : throw Invalid(file, line, $"unknown frame {columns[1]}");
            var strength = double.TryParse(columns[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s is >= 0 and <= 1
                ? s
                : throw Invalid(file, line, $"strength {columns[2]} is not a number from 0 to 1");
            var flags = ParseFlags(columns[3], file, line);
            foreach (var phrase in columns[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                triggers.Add(Trigger.Create(type, frame, strength, flags, phrase));
            }
        }

        return triggers;
    }

    private static TriggerFlags ParseFlags(string column, string file, string line)
    {
        var flags = TriggerFlags.None;
        if (column == "-")
        {
            return flags;
        }

        foreach (var name in column.Split(','))
        {
            flags |= Flags.TryGetValue(name, out var flag) ? flag : throw Invalid(file, line, $"unknown flag {name}");
        }

        return flags;
    }

    private static InvalidOperationException Invalid(string file, string line, string problem) =>
        new($"Moves data file {file}: {problem}: \"{line}\".");
}
