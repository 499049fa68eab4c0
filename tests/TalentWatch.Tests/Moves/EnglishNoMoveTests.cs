namespace TalentWatch.Tests.Moves;

/// <summary>Sentences with a trigger word or a name in a title that report no move.</summary>
public sealed class EnglishNoMoveTests
{
    [Theory]
    [InlineData("Tom Becker did not, in the end, join Anthropic.")]
    [InlineData("Nvidia reported record revenue. Tom Becker joins as a guest on the podcast this week.")]
    [InlineData("Priya Raman denied that she would join Anthropic.")]
    [InlineData("Tom Becker did not join Nvidia after all.")]
    [InlineData("Tom Becker never left Apple.")]
    [InlineData("Lina Haddad is reportedly in talks to join Apple.")]
    [InlineData("Omar Farouk plans to leave Google next year.")]
    [InlineData("Omar Farouk is considering leaving Google.")]
    [InlineData("Priya Raman was going to join OpenAI before Google matched the offer.")]
    [InlineData("Priya Raman would have joined OpenAI if Google had not stepped in.")]
    [InlineData("Tom Becker may join Nvidia later this year.")]
    [InlineData("Sam Altman, the CEO of OpenAI, said the company was growing fast.")]
    [InlineData("OpenAI CEO Sam Altman spoke at the conference.")]
    [InlineData("Tesla launched a new car on Tuesday.")]
    [InlineData("Elon Musk joined the call late.")]
    [InlineData("Priya Raman left the meeting early.")]
    [InlineData("Lina Haddad is on leave from Apple until June.")]
    [InlineData("Omar Farouk found that Google had the best models.")]
    [InlineData("Employees threatened to quit OpenAI.")]
    [InlineData("Tom Becker started working at Nvidia's Paris office in 2019 as an intern.")]
    [InlineData("Google and Anthropic joined forces on a new safety standard.")]
    [InlineData("Amazon hired a law firm to review the deal.")]
    [InlineData("Nvidia launched an investigation into the leak.")]
    [InlineData("Tom Becker told Reuters he had no plans to leave Nvidia.")]
    [InlineData("Lina Haddad joined Sam Altman at an OpenAI event.")]
    [InlineData("Tom Becker left a lasting mark on Apple's design culture.")]
    [InlineData("Departing researchers at Google must wait a year.")]
    [InlineData("Tom Becker said Apple would compete harder.")]
    [InlineData("Google left its forecast unchanged, Lina Haddad said.")]
    [InlineData("Tesla hired Amazon to run its cloud systems.")]
    [InlineData("Back at Google the mood was tense, Tom Becker said.")]
    [InlineData("Lina Haddad took on the role of chief scientist at Apple.")]
    [InlineData("Tesla took on $2 billion of debt from Amazon.")]
    [InlineData("Nvidia said its shares were back above $100. It hired no one.")]
    [InlineData("Lina Haddad said Mistral AI was founded in Paris.")]
    public void No_move(string sentence)
    {
        Assert.Empty(MoveKit.Keys(sentence, "en"));
    }

    [Fact]
    public void Whoever_hires_someone_to_found_a_lab_is_not_its_founder()
    {
        var keys = MoveKit.Keys("Omar Farouk has worked at Meta since 2013, when Tom Becker hired him to found Mistral.", "en");

        Assert.DoesNotContain(keys, k => k.StartsWith("found|tom-becker|", StringComparison.Ordinal));
    }
}
