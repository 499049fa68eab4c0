using TalentWatch.Vocabulary;

namespace TalentWatch.Entities.Discovery;

/// <summary>Catalog matches win: a discovery that overlaps a known mention, or spells a known surface form, is not new.</summary>
public static class KnownFilter
{
    public static bool Covers(IReadOnlyList<EntityMention> known, int start, int length, bool inTitle, string key)
    {
        ArgumentNullException.ThrowIfNull(known);
        foreach (var mention in known)
        {
            if (mention.InTitle == inTitle && start < mention.Start + mention.Length && mention.Start < start + length)
            {
                return true;
            }
            var surface = NameKey.Of(mention.Surface);
            if (surface == key)
            {
                return true;
            }
            // The matcher may not report every lone surname; "Altman" after a known "Sam Altman" is still known.
            var space = surface.LastIndexOf(' ');
            if (mention.Kind == EntityKind.Person && space > 0 && surface[(space + 1)..] == key)
            {
                return true;
            }
        }
        return false;
    }

    public static bool KnowsName(IReadOnlyList<EntityMention> known, string key)
    {
        ArgumentNullException.ThrowIfNull(known);
        return known.Any(m => NameKey.Of(m.Surface) == key);
    }
}
