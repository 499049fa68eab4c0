namespace TalentWatch.Tests.Entities;

public class CoreferenceTests
{
    [Fact]
    public void Surname_after_the_full_name_counts()
    {
        Assert.Equal(["elon-musk", "elon-musk"], TestCatalog.Slugs("Elon Musk said on Monday. Later Musk added more."));
    }

    [Fact]
    public void Surname_counts_when_the_full_name_is_only_in_the_title()
    {
        var mentions = TestCatalog.Matcher.Match("Elon Musk raises pay", "Musk wrote to staff.");
        Assert.Equal([true, false], mentions.Select(m => m.InTitle));
        Assert.All(mentions, m => Assert.Equal("elon-musk", m.Slug));
    }

    [Fact]
    public void Surname_alone_does_not_count()
    {
        Assert.Empty(TestCatalog.Slugs("The scent of Musk filled the room."));
    }

    [Fact]
    public void Arabic_surname_alone_does_not_count()
    {
        Assert.Empty(TestCatalog.Slugs("قال ماسك البوابة إن الباب مغلق"));
        Assert.Equal(["elon-musk", "elon-musk"], TestCatalog.Slugs("قال إيلون ماسك إن ماسك لن يتراجع"));
    }

    [Fact]
    public void First_and_last_name_count_after_a_full_name_not_in_the_aliases()
    {
        var mentions = TestCatalog.Matcher.Match("", "Ethan Knight left Tesla. Knight joined OpenAI, Ethan said.");
        Assert.Equal(
            ["ethan-knight", "tesla", "ethan-knight", "openai", "ethan-knight"],
            mentions.Select(m => m.Slug));
        Assert.Equal(["Ethan Knight", "Tesla", "Knight", "OpenAI", "Ethan"], mentions.Select(m => m.Surface));
    }

    [Fact]
    public void Derived_short_forms_do_not_count_before_the_full_name()
    {
        Assert.Equal(["ethan-knight"], TestCatalog.Slugs("Knight was hired. Ethan Knight confirmed."));
    }

    [Fact]
    public void Arabic_derived_short_form_with_a_clitic()
    {
        var mentions = TestCatalog.Matcher.Match("", "انتقل إيثان نايت إلى أوبن إيه آي، وقال نايت إن");
        Assert.Equal(["ethan-knight", "openai", "ethan-knight"], mentions.Select(m => m.Slug));
    }

    [Fact]
    public void Full_name_wins_over_its_parts()
    {
        var mention = Assert.Single(TestCatalog.Matcher.Match("", "Sergey Brin returned"));
        Assert.Equal("Sergey Brin", mention.Surface);
    }

    [Fact]
    public void Shared_first_name_goes_to_the_most_recent_full_name()
    {
        var matcher = new TalentWatch.Entities.EntityMatcher(
        [
            .. TestCatalog.Entries,
            new("mark-chen", TalentWatch.Vocabulary.EntityKind.Person, "Mark Chen", "مارك تشين", []),
        ]);

        var mentions = matcher.Match("", "Mark Zuckerberg called Mark Chen. Mark said no. Then Mark Zuckerberg hung up; Mark sighed.");
        Assert.Equal(
            ["mark-zuckerberg", "mark-chen", "mark-chen", "mark-zuckerberg", "mark-zuckerberg"],
            mentions.Select(m => m.Slug));
    }

    [Fact]
    public void Headline_surname_binds_to_the_full_name_in_the_body()
    {
        const string title = "صراع مواهب الذكاء الاصطناعي يشتد.. ماسك يرفع رواتب مهندسي تسلا لصد أوبن إيه آي";
        const string body = "المعركة بين اثنين من أقطاب التكنولوجيا وهما إيلون ماسك وسام ألتمان، مستمرة.";
        var counts = TalentWatch.Entities.EntityMatcher.Summarize(TestCatalog.Matcher.Match(title, body));

        Assert.Equal(["elon-musk", "tesla", "openai", "sam-altman"], counts.Select(c => c.Slug));
        Assert.Equal([2, 1, 1, 1], counts.Select(c => c.Count));
        Assert.Equal([true, true, true, false], counts.Select(c => c.InTitle));
    }
}
