using TalentWatch.Vocabulary;

namespace TalentWatch.Entities;

/// <summary>
/// Finds catalog entities in an article's title and body. Built once per catalog; <see cref="Match"/> is
/// thread-safe. All aliases of all entries go into one Aho-Corasick automaton over normalised text, so a
/// match pass costs the same with 300 or 100,000 aliases; the per-mention rules (word boundaries, Arabic
/// clitics, capitalisation, context, coreference) run only on automaton hits.
/// </summary>
public sealed class EntityMatcher
{
    /// <summary>How many tokens either side of an ambiguous alias are searched for its entry's context words.</summary>
    public const int ContextWindowTokens = 8;

    private readonly IReadOnlyList<CatalogEntry> entries;
    private readonly string[][] contexts;
    private readonly AhoCorasick automaton = new();
    private readonly List<List<AliasTarget>> targets = [];

    public EntityMatcher(IReadOnlyList<CatalogEntry> catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        entries = catalog;
        contexts = new string[catalog.Count][];
        var roles = new Dictionary<(string Pattern, int Entry), (AliasRole Role, string Alias)>();
        for (var i = 0; i < catalog.Count; i++)
        {
            var entry = catalog[i];
            contexts[i] = (entry.Context ?? []).Select(TextNormalizer.NormalizeName).Where(c => c.Length > 0).ToArray();
            Collect(roles, i, entry);
        }

        foreach (var ((pattern, entry), (role, alias)) in roles)
        {
            AddPattern(pattern, entry, role, alias);
        }

        automaton.Build();
    }

    /// <summary>Mentions in the title, then in the body, each in text order; offsets index the original strings.</summary>
    public IReadOnlyList<EntityMention> Match(string title, string text)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        var parts = new[] { Scan(title, inTitle: true), Scan(text, inTitle: false) };

        // Pass 1: full mentions need no evidence; they are what short forms and derived names bind to.
        var fullAt = new Dictionary<int, List<int>>();
        var order = 0;
        foreach (var part in parts)
        {
            foreach (var candidate in part.Hits)
            {
                foreach (var target in targets[candidate.Pattern])
                {
                    if (target.Role == AliasRole.Full && part.IsLocallyValid(candidate, target))
                    {
                        (fullAt.TryGetValue(target.Entry, out var list) ? list : fullAt[target.Entry] = []).Add(order);
                        break;
                    }
                }

                order++;
            }
        }

        // Pass 2: resolve every selected span to at most one entity.
        var mentions = new List<EntityMention>();
        order = 0;
        foreach (var part in parts)
        {
            foreach (var candidate in part.Hits)
            {
                var entry = Resolve(part, candidate, order, fullAt);
                if (entry >= 0)
                {
                    mentions.Add(part.ToMention(candidate, entries[entry]));
                }

                order++;
            }
        }

        return mentions;
    }

    /// <summary>Counts per entity, in order of first appearance (title first).</summary>
    public static IReadOnlyList<EntityCount> Summarize(IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var counts = new List<EntityCount>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (!index.TryGetValue(m.Slug, out var i))
            {
                index[m.Slug] = i = counts.Count;
                counts.Add(new EntityCount(m.Slug, m.Kind, 0, -1, false));
            }

            var c = counts[i];
            counts[i] = c with
            {
                Count = c.Count + 1,
                FirstOffset = c.FirstOffset < 0 && !m.InTitle ? m.Start : c.FirstOffset,
                InTitle = c.InTitle || m.InTitle,
            };
        }

        return counts;
    }

    private int Resolve(ScannedText part, AliasHit candidate, int order, Dictionary<int, List<int>> fullAt)
    {
        var derived = -1;
        var derivedAt = -1;
        var fallback = -1;
        foreach (var target in targets[candidate.Pattern])
        {
            if (!part.IsLocallyValid(candidate, target))
            {
                continue;
            }

            fullAt.TryGetValue(target.Entry, out var full);
            switch (target.Role)
            {
                case AliasRole.Full:
                    return target.Entry;
                case AliasRole.ShortForm when full is not null:
                case AliasRole.Ambiguous when part.HasContext(candidate, contexts[target.Entry]):
                    fallback = fallback < 0 ? target.Entry : fallback;
                    break;
                case AliasRole.Derived when full is not null:
                    // "Mark" after both Mark Zuckerberg and Mark Chen: the most recent full name wins.
                    var last = full.LastOrDefault(o => o < order, -1);
                    if (last > derivedAt)
                    {
                        (derived, derivedAt) = (target.Entry, last);
                    }

                    break;
                default:
                    break;
            }
        }

        return fallback >= 0 ? fallback : derived;
    }

    private ScannedText Scan(string original, bool inTitle)
    {
        var normalized = TextNormalizer.Normalize(original, out var map);
        var part = new ScannedText(original, normalized, map, inTitle);
        var found = new List<AliasHit>();
        var state = 0;
        for (var i = 0; i < normalized.Length; i++)
        {
            state = automaton.Step(state, normalized[i]);

            // Aliases must end on a word boundary: skipping mid-word positions keeps the hit walk off the hot path.
            if (i + 1 < normalized.Length && TextNormalizer.IsWordChar(normalized[i + 1]))
            {
                continue;
            }

            for (var hit = automaton.FirstHit(state); hit >= 0; hit = automaton.NextHit(hit))
            {
                var length = automaton.LengthOf(hit);
                var candidate = new AliasHit(i + 1 - length, i + 1, automaton.PatternOf(hit));
                if (targets[candidate.Pattern].Exists(t => part.IsLocallyValid(candidate, t)))
                {
                    found.Add(candidate);
                }
            }
        }

        // Leftmost-longest without overlaps: "Elon Musk" wins over "Musk" and over "Elon".
        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var end = 0;
        foreach (var candidate in found)
        {
            if (candidate.Start >= end)
            {
                part.Hits.Add(candidate);
                end = candidate.End;
            }
        }

        return part;
    }

    private static void Collect(Dictionary<(string, int), (AliasRole, string)> roles, int entry, CatalogEntry e)
    {
        var isPerson = e.Kind == EntityKind.Person;
        List<string> fullNames = [e.Name];
        if (!string.IsNullOrWhiteSpace(e.NameAr))
        {
            fullNames.Add(e.NameAr);
        }

        foreach (var name in fullNames)
        {
            Offer(roles, entry, name, AliasRole.Full);
        }

        foreach (var alias in e.Aliases ?? [])
        {
            var single = !TextNormalizer.NormalizeName(alias).Contains(' ', StringComparison.Ordinal);
            Offer(roles, entry, alias, isPerson && single ? AliasRole.ShortForm : AliasRole.Full);
            if (!single)
            {
                fullNames.Add(alias);
            }
        }

        foreach (var alias in e.AmbiguousAliases ?? [])
        {
            Offer(roles, entry, alias, AliasRole.Ambiguous);
        }

        if (!isPerson)
        {
            return;
        }

        // Article-local short forms: after "Ethan Knight", "Knight" and "Ethan" refer to him.
        foreach (var name in fullNames)
        {
            var tokens = TextNormalizer.NormalizeName(name).Split(' ');
            if (tokens.Length < 2)
            {
                continue;
            }

            var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var first = words.Length == tokens.Length ? words[0] : tokens[0];
            var last = words.Length == tokens.Length ? words[^1] : tokens[^1];
            Offer(roles, entry, first, AliasRole.Derived);
            Offer(roles, entry, last, AliasRole.Derived);
        }
    }

    // One role per (pattern, entry); a stronger claim replaces a weaker one, except that an explicit
    // AmbiguousAliases listing always wins because the catalog author asked for context.
    private static void Offer(Dictionary<(string, int), (AliasRole Role, string Alias)> roles, int entry, string alias, AliasRole role)
    {
        var pattern = TextNormalizer.NormalizeName(alias);
        if (pattern.Length == 0 || (role == AliasRole.Derived && pattern.Length < 2))
        {
            return;
        }

        if (!roles.TryGetValue((pattern, entry), out var existing) || Rank(role) < Rank(existing.Role))
        {
            roles[(pattern, entry)] = (role, alias);
        }

        static int Rank(AliasRole r) => r switch
        {
            AliasRole.Ambiguous => 0,
            AliasRole.Full => 1,
            AliasRole.ShortForm => 2,
            _ => 3,
        };
    }

    private void AddPattern(string pattern, int entry, AliasRole role, string alias)
    {
        var strict = !pattern.Contains(' ', StringComparison.Ordinal) && pattern.All(c => !char.IsLetter(c) || c < '\u0250');
        var exactCase = strict && alias.Any(char.IsUpper) && !char.IsUpper(alias.Trim()[0]) ? alias.Trim() : null;
        var allowArticle = entries[entry].Kind == EntityKind.Org;
        Register(pattern, new AliasTarget(entry, role, strict, exactCase, Fused: false, allowArticle));

        // للذكاء = ل + الذكاء with the alef elided: index the alias without it, valid only after ل.
        if (pattern.Length > 3 && pattern.StartsWith("ال", StringComparison.Ordinal))
        {
            Register(pattern[1..], new AliasTarget(entry, role, strict, exactCase, Fused: true, allowArticle));
        }
    }

    private void Register(string pattern, AliasTarget target)
    {
        var id = automaton.Add(pattern);
        if (id == targets.Count)
        {
            targets.Add([]);
        }

        targets[id].Add(target);
    }
}
