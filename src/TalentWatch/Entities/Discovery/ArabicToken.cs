namespace TalentWatch.Entities.Discovery;

/// <summary>A word of Arabic text (Arabic or Latin script) or a punctuation mark, with offsets into the original string.</summary>
public sealed record ArabicToken(string Text, int Start, int End, bool IsArabic, bool IsLatin)
{
    public string Key { get; } = NameKey.Of(Text);
    public bool IsWord => IsArabic || IsLatin;
}
