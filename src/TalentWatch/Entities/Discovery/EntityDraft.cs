using TalentWatch.Vocabulary;

namespace TalentWatch.Entities.Discovery;

/// <summary>A discovery being assembled from its mentions; <see cref="Build"/> freezes it into a <see cref="DiscoveredEntity"/>.</summary>
public sealed class EntityDraft(string name, EntityKind kind)
{
    private readonly List<string> aliases = [];
    private int firstBody = -1;
    private int firstTitle = -1;
    private string? bodySentence;
    private string? titleSentence;

    public string Name { get; set; } = name;
    public string? NameAr { get; set; }
    public EntityKind Kind { get; set; } = kind;
    public int Count { get; private set; }
    public bool InTitle { get; private set; }
    public int FirstBodyOffset => firstBody;

    public void AddAlias(string alias)
    {
        var trimmed = alias.Trim();
        if (trimmed.Length > 0 && !aliases.Exists(a => NameKey.Of(a) == NameKey.Of(trimmed)))
        {
            aliases.Add(trimmed);
        }
    }

    public IReadOnlyList<string> Aliases => aliases;

    public void AddMention(int offset, bool inTitle, string sentence)
    {
        Count++;
        if (inTitle)
        {
            InTitle = true;
            if (firstTitle < 0 || offset < firstTitle)
            {
                firstTitle = offset;
                titleSentence = sentence;
            }
        }
        else if (firstBody < 0 || offset < firstBody)
        {
            firstBody = offset;
            bodySentence = sentence;
        }
    }

    public DiscoveredEntity Build()
    {
        var all = new List<string>();
        foreach (var alias in aliases.Prepend(Name))
        {
            if (!all.Exists(a => NameKey.Of(a) == NameKey.Of(alias)))
            {
                all.Add(alias);
            }
        }
        if (NameAr is not null && !all.Exists(a => NameKey.Of(a) == NameKey.Of(NameAr)))
        {
            all.Add(NameAr);
        }
        return new DiscoveredEntity(Name, NameAr, Kind, all, bodySentence ?? titleSentence ?? string.Empty, Math.Max(Count, 1),
            firstBody >= 0 ? firstBody : Math.Max(firstTitle, 0), InTitle);
    }
}
