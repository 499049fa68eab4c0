namespace TalentWatch.Entities.Discovery;

/// <summary>A word of the text with its place: offsets into the original string and the sentence it belongs to.</summary>
public sealed record Token(string Text, int Start, int End, int Sentence, bool SentenceStart, bool Possessive)
{
    public string Key { get; } = NameKey.Of(Text);

    /// <summary>Capitalised, or camel-cased with a lower-case start ("xAI", "iPhone").</summary>
    public bool IsCapitalised => Text.Length > 0 && (char.IsUpper(Text[0]) || (char.IsLower(Text[0]) && Text.Skip(1).Any(char.IsUpper)));

    public bool IsAllCaps => Text.Count(char.IsLetter) >= 2 && !Text.Any(char.IsLower);

    // Surname prefixes that put a capital inside a person's name: McGrew, MacArthur, DeAngelo, LaGuardia, FitzGerald.
    private static readonly string[] SurnamePrefixes = ["Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Fitz"];

    /// <summary>An upper-case letter after a lower-case one, or a dotted part ("DeepMind", "OpenAI", "Character.AI"): a brand, not a person's name.</summary>
    public bool IsCamel
    {
        get
        {
            for (var i = 1; i < Text.Length; i++)
            {
                if (char.IsUpper(Text[i]) && (char.IsLower(Text[i - 1]) || Text[i - 1] == '.'))
                {
                    var prefix = Text[..i];
                    return !(char.IsUpper(Text[0]) && Array.Exists(SurnamePrefixes, p => p == prefix) && Text[(i + 1)..].All(char.IsLower));
                }
            }
            return false;
        }
    }
}
