namespace TalentWatch.Entities;

/// <summary>
/// Two-word phrases in which a capitalised single-word alias is not the company (Nikola Tesla, Tesla coil, Big Apple).
/// Capitalisation alone cannot tell these apart; the catalog format has no negative-context field, so the few
/// well-known collisions live here. Phrases are in normalised form.
/// </summary>
internal static class CommonWordVetoes
{
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "nikola tesla", "tesla coil", "tesla coils", "tesla valve", "tesla turbine", "tesla unit", "tesla units",
        "apple pie", "apple pies", "apple juice", "apple tree", "apple trees", "apple cider", "big apple", "fiona apple",
        "meta analysis", "generation x", "malcolm x", "x factor", "x ray", "x rays",
    };

    /// <summary>True when the token before or after normalised span [start, end) forms a vetoed phrase with it.</summary>
    public static bool IsVetoed(string normalized, int start, int end)
    {
        var alias = normalized.AsSpan(start, end - start);
        if (start >= 2 && normalized[start - 1] == ' ')
        {
            var prevStart = normalized.LastIndexOf(' ', start - 2) + 1;
            if (Phrases.Contains(string.Concat(normalized.AsSpan(prevStart, start - prevStart), alias)))
            {
                return true;
            }
        }

        if (end + 1 < normalized.Length && normalized[end] == ' ')
        {
            var nextEnd = normalized.IndexOf(' ', end + 1);
            nextEnd = nextEnd < 0 ? normalized.Length : nextEnd;
            if (Phrases.Contains(string.Concat(alias, normalized.AsSpan(end, nextEnd - end))))
            {
                return true;
            }
        }

        return false;
    }
}
