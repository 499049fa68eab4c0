using TalentWatch.Moves;

namespace TalentWatch.Tests.Moves;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        SentenceSplitter.Split(text, inTitle: false).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences()
    {
        var text = "Niccol starts on Sept. 9 at Starbucks Inc. in the U.S. market. Mr. J. Smith agreed. Next one.";
        Assert.Equal(["Niccol starts on Sept. 9 at Starbucks Inc. in the U.S. market.", "Mr. J. Smith agreed.", "Next one."], Split(text));
    }

    [Fact]
    public void Periods_inside_tokens_are_kept()
    {
        Assert.Equal(["Character.AI raised $2.5 billion.", "Then it hired."], Split("Character.AI raised $2.5 billion. Then it hired."));
    }

    [Fact]
    public void Arabic_marks_and_line_breaks_end_sentences()
    {
        Assert.Equal(["هل انضم؟", "نعم؛", "وغادر.", "سطر جديد"], Split("هل انضم؟ نعم؛ وغادر.\nسطر جديد"));
    }

    [Fact]
    public void Offsets_index_the_original_text()
    {
        var text = "  First one. «Second» ends here.";
        var sentences = SentenceSplitter.Split(text, inTitle: true);
        Assert.Equal(2, sentences[0].Start);
        Assert.Equal("«Second» ends here.", text.Substring(sentences[1].Start, sentences[1].Length));
        Assert.True(sentences[1].InTitle);
    }

    [Fact]
    public void Closing_quote_stays_with_its_sentence()
    {
        Assert.Equal(["He said \"I quit.\"", "Then left."], Split("He said \"I quit.\" Then left."));
    }
}
