using System.Globalization;
using System.Text;

namespace TalentWatch.Fetching;

/// <summary>
/// The robots.txt rules that apply to one crawler (RFC 9309): the groups naming our product token, else the "*"
/// groups; the longest matching Allow/Disallow pattern wins, Allow on a tie; "*" matches any run of characters and a
/// trailing "$" anchors the end. Anything unparseable is ignored, so a broken file allows rather than fails.
/// </summary>
public sealed class RobotsRules
{
    // A robots.txt may list thousands of sitemaps; feed detection needs the first few.
    private const int MaxSitemaps = 100;

    private readonly Rule[] rules;

    private RobotsRules(Rule[] rules, string[] sitemaps)
    {
        this.rules = rules;
        Sitemaps = sitemaps;
    }

    public static RobotsRules AllowAll { get; } = new([], []);

    public int RuleCount => rules.Length;

    /// <summary>The "Sitemap:" lines in file order, as written (they belong to no group and apply to every crawler).</summary>
    public IReadOnlyList<string> Sitemaps { get; }

    public static RobotsRules Parse(string content, string productToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(productToken);

        var groups = new List<Group>();
        var sitemaps = new List<string>();
        Group? current = null;
        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (key.Equals("sitemap", StringComparison.OrdinalIgnoreCase))
            {
                if (value.Length > 0 && sitemaps.Count < MaxSitemaps)
                {
                    sitemaps.Add(value);
                }
            }
            else if (key.Equals("user-agent", StringComparison.OrdinalIgnoreCase))
            {
                // Consecutive user-agent lines share one group; a user-agent line after rules starts a new group.
                if (current is null || current.Rules.Count > 0)
                {
                    current = new Group();
                    groups.Add(current);
                }

                current.Agents.Add(value);
            }
            else if (current is not null && value.Length > 0)
            {
                // An empty Disallow means "nothing disallowed"; an empty Allow adds nothing either.
                if (key.Equals("disallow", StringComparison.OrdinalIgnoreCase))
                {
                    current.Rules.Add(new Rule(NormalizePattern(value), Allow: false));
                }
                else if (key.Equals("allow", StringComparison.OrdinalIgnoreCase))
                {
                    current.Rules.Add(new Rule(NormalizePattern(value), Allow: true));
                }
            }
        }

        var ours = groups.Where(g => g.Agents.Any(a => NamesProduct(a, productToken))).ToList();
        if (ours.Count == 0)
        {
            ours = [.. groups.Where(g => g.Agents.Any(a => a == "*"))];
        }

        return new RobotsRules([.. ours.SelectMany(g => g.Rules)], [.. sitemaps]);
    }

    /// <summary>Whether the crawler may fetch the URL; /robots.txt itself is always allowed.</summary>
    public bool IsAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.AbsolutePath == "/robots.txt" || IsAllowed(url.PathAndQuery);
    }

    /// <summary>Whether the crawler may fetch the percent-encoded path and query.</summary>
    public bool IsAllowed(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var path = pathAndQuery.Length == 0 ? "/" : UppercaseEscapes(pathAndQuery);

        Rule? best = null;
        foreach (var rule in rules)
        {
            if (!Matches(rule.Pattern, path))
            {
                continue;
            }

            if (best is null
                || rule.Pattern.Length > best.Pattern.Length
                || (rule.Pattern.Length == best.Pattern.Length && rule.Allow))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    // "TalentWatch", "talentwatch" and "TalentWatch/1.0" all name us; "TalentWatchBot" does not.
    private static bool NamesProduct(string agent, string productToken)
    {
        var slash = agent.IndexOf('/', StringComparison.Ordinal);
        var name = slash >= 0 ? agent[..slash] : agent;
        return name.Trim().Equals(productToken, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Glob match against a prefix of the path, or the whole path when the pattern ends with "$".</summary>
    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var pat = anchored ? pattern[..^1] : pattern + "*";

        // Iterative wildcard matching with one backtrack point: linear memory, no regex, no catastrophic cases.
        int p = 0, s = 0, starP = -1, starS = 0;
        while (s < path.Length)
        {
            if (p < pat.Length && pat[p] == '*')
            {
                starP = p++;
                starS = s;
            }
            else if (p < pat.Length && pat[p] == path[s])
            {
                p++;
                s++;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                s = ++starS;
            }
            else
            {
                return false;
            }
        }

        while (p < pat.Length && pat[p] == '*')
        {
            p++;
        }

        return p == pat.Length;
    }

    // Patterns may be written with raw UTF-8 ("/أخبار") while request paths are percent-encoded; compare encoded forms.
    private static string NormalizePattern(string pattern)
    {
        var sb = new StringBuilder(pattern.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c < 0x80)
            {
                sb.Append(c);
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < pattern.Length
                ? Encoding.UTF8.GetBytes(pattern.AsSpan(i++, 2), utf8)
                : Encoding.UTF8.GetBytes(pattern.AsSpan(i, 1), utf8);
            foreach (var b in utf8[..length])
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return UppercaseEscapes(sb.ToString());
    }

    // %d8 and %D8 are the same octet.
    private static string UppercaseEscapes(string s)
    {
        if (!s.Contains('%', StringComparison.Ordinal))
        {
            return s;
        }

        var chars = s.ToCharArray();
        for (var i = 0; i + 2 < chars.Length; i++)
        {
            if (chars[i] == '%' && char.IsAsciiHexDigit(chars[i + 1]) && char.IsAsciiHexDigit(chars[i + 2]))
            {
                chars[i + 1] = char.ToUpperInvariant(chars[i + 1]);
                chars[i + 2] = char.ToUpperInvariant(chars[i + 2]);
                i += 2;
            }
        }

        return new string(chars);
    }

    private sealed record Rule(string Pattern, bool Allow);

    private sealed class Group
    {
        public List<string> Agents { get; } = [];
        public List<Rule> Rules { get; } = [];
    }
}
