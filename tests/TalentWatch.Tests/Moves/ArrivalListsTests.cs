using TalentWatch.Moves;
using TalentWatch.Vocabulary;

namespace TalentWatch.Tests.Moves;

/// <summary>
/// "OpenAI hired four engineers. The new hires are A, from X; B, an engineer at Y": the people a sentence lists as a
/// hire's arrivals join the company that hired just before, each from the company named in their own item.
/// </summary>
public class ArrivalListsTests
{
    private static string[] Joins(string body, string language) =>
        [.. MoveKit.Extract(body, language).Where(m => m.Type == MoveType.Join).Select(m => $"{m.PersonSlug}|{m.FromSlug}|{m.ToSlug}").Order(StringComparer.Ordinal)];

    [Fact]
    public void The_new_hires_listed_after_a_group_hire_join_the_hiring_company_from_their_own_employers()
    {
        var joins = Joins(
            "OpenAI has hired three senior engineers from Tesla, Google and Meta. The new hires are Priya Raman, who ran software at Tesla; "
            + "Tom Becker, an infrastructure engineer from Google; and Lina Haddad, a researcher at Meta.", "en");

        Assert.Equal(["lina-haddad|meta|openai", "priya-raman|tesla|openai", "tom-becker|google|openai"], joins);
    }

    [Fact]
    public void Faculty_listed_after_unnamed_people_joined_the_university_join_it()
    {
        var joins = Joins(
            "Nvidia said on Monday that three scientists have joined the company. The new faculty are Priya Raman, who joins from Google; "
            + "and Tom Becker, previously a professor at Apple.", "en");

        Assert.Equal(["priya-raman|google|nvidia", "tom-becker|apple|nvidia"], joins);
    }

    [Fact]
    public void Arabic_arrivals_listed_after_a_hire_join_the_hiring_company()
    {
        var joins = Joins("ضمت تسلا ثلاثة مهندسين جدد هذا الشهر. والمنضمون الجدد هم بريا رامان من غوغل وتوم بيكر من أبل.", "ar");

        Assert.Equal(["priya-raman|google|tesla", "tom-becker|apple|tesla"], joins);
    }

    [Fact]
    public void A_list_of_hires_with_no_hire_told_before_it_is_no_move()
    {
        Assert.Empty(Joins("Nvidia reported strong results. The new hires are Priya Raman and Tom Becker, a spokesperson said.", "en"));
    }

    [Fact]
    public void A_list_of_hires_two_sentences_after_the_hire_is_no_move()
    {
        Assert.Empty(Joins("Nvidia has hired two engineers. Its shares rose on Monday. The new hires are Priya Raman and Tom Becker.", "en"));
    }

    [Fact]
    public void Arrival_words_that_do_not_open_the_sentence_list_nobody()
    {
        var joins = Joins("Nvidia has hired two engineers. Priya Raman said the hires are good news for Tom Becker.", "en");

        Assert.DoesNotContain(joins, j => j.StartsWith("tom-becker", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_about_the_hires_that_names_its_speaker_lists_nobody()
    {
        Assert.Empty(Joins("OpenAI hired two engineers from Google. The new hires are expected to start in May, said Sam Altman.", "en"));
    }
}

