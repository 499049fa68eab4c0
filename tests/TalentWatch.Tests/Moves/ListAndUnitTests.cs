using TalentWatch.Entities;
using TalentWatch.Moves;
using TalentWatch.Vocabulary;

namespace TalentWatch.Tests.Moves;

/// <summary>
/// People listed after a hire told about a group ("including", بينهم, a colon) each join the hiring company; a unit
/// named as the company's own ("its Center for Robotics", التابعة لها) is a move to the company.
/// </summary>
public class ListAndUnitTests
{
    private static readonly EntityMatcher Matcher = new(
    [
        .. MoveKit.Entries,
        new("center-for-robotics", EntityKind.Org, "Center for Robotics", "مبادرة الروبوتات", []),
        new("deepmind", EntityKind.Org, "DeepMind", "ديب مايند", []),
    ]);

    private static string[] ScoreKeys(string body, string language) =>
        MoveExtractor.Extract("", body, language, MoveKit.Published, Matcher.Match("", body))
            .Select(m => m.Type switch
            {
                MoveType.Join or MoveType.Found => $"{m.Type.ToString().ToLowerInvariant()}|{m.PersonSlug}|{m.ToSlug}",
                MoveType.Leave => $"leave|{m.PersonSlug}|{m.FromSlug}",
                MoveType.Poach => $"poach|{m.ToSlug}|{m.FromSlug}",
                _ => $"retain|{m.FromSlug}",
            }).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void People_listed_after_including_each_join_the_company_that_lured_the_group()
    {
        var keys = ScoreKeys("Meta lured four researchers from OpenAI, including Priya Raman, Tom Becker and Lina Haddad.", "en");

        Assert.Contains("join|priya-raman|meta", keys);
        Assert.Contains("join|tom-becker|meta", keys);
        Assert.Contains("join|lina-haddad|meta", keys);
        Assert.Contains("poach|meta|openai", keys);
    }

    [Fact]
    public void People_listed_after_a_colon_join_with_the_company_each_comes_from()
    {
        var moves = MoveExtractor.Extract("", "Three researchers have joined Nvidia: Priya Raman, from Google; Tom Becker, from Apple; and Lina Haddad.",
            "en", MoveKit.Published, Matcher.Match("", "Three researchers have joined Nvidia: Priya Raman, from Google; Tom Becker, from Apple; and Lina Haddad."));

        var joins = moves.Where(m => m.Type == MoveType.Join).Select(m => $"{m.PersonSlug}|{m.FromSlug}|{m.ToSlug}").Order(StringComparer.Ordinal);
        Assert.Equal(["lina-haddad||nvidia", "priya-raman|google|nvidia", "tom-becker|apple|nvidia"], joins);
    }

    [Fact]
    public void Colleagues_a_hire_is_said_to_include_are_not_hired()
    {
        var keys = ScoreKeys("Meta hired Priya Raman, whose former colleagues include Tom Becker.", "en");

        Assert.Contains("join|priya-raman|meta", keys);
        Assert.DoesNotContain("join|tom-becker|meta", keys);
    }

    [Fact]
    public void A_unit_the_company_calls_its_own_is_a_move_to_the_company()
    {
        Assert.Contains("join|priya-raman|tesla", ScoreKeys("Tesla said that Priya Raman has joined its Center for Robotics.", "en"));
    }

    [Fact]
    public void A_unit_not_called_the_company_own_stays_the_destination()
    {
        var keys = ScoreKeys("Tesla said that Priya Raman has joined the Center for Robotics, a lab in Pittsburgh.", "en");

        Assert.Contains("join|priya-raman|center-for-robotics", keys);
        Assert.DoesNotContain("join|priya-raman|tesla", keys);
    }

    [Fact]
    public void Arabic_people_listed_after_baynahum_join_the_company_that_won_them()
    {
        var keys = ScoreKeys("استقطبت ميتا عشرة باحثين من أوبن إيه آي، بينهم بريا رامان وتوم بيكر.", "ar");

        Assert.Contains("join|priya-raman|meta", keys);
        Assert.Contains("join|tom-becker|meta", keys);
    }

    [Fact]
    public void Arabic_unit_belonging_to_it_is_a_move_to_the_company()
    {
        var keys = ScoreKeys("أعلنت تسلا انضمام بريا رامان إلى مبادرة الروبوتات التابعة لها.", "ar");

        Assert.Contains("join|priya-raman|tesla", keys);
        Assert.DoesNotContain("join|priya-raman|center-for-robotics", keys);
    }

    [Fact]
    public void Arabic_unit_that_names_another_parent_is_not_the_sentence_company()
    {
        var keys = ScoreKeys("أعلنت تسلا أن بريا رامان انضمت إلى ديب مايند التابعة لغوغل.", "ar");

        Assert.DoesNotContain("join|priya-raman|tesla", keys);
    }

    [Fact]
    public void Arabic_people_after_kullan_min_each_join_the_company_that_lured_them()
    {
        var keys = ScoreKeys("استقطبت ميتا كلاً من بريا رامان وتوم بيكر، الباحثَين لدى أبل، للانضمام إلى فريقها.", "ar");

        Assert.Contains("join|priya-raman|meta", keys);
        Assert.Contains("join|tom-becker|meta", keys);
    }

    [Fact]
    public void Founders_listed_after_kullun_min_each_found_the_company()
    {
        var keys = ScoreKeys("أسس تسلا كلٌّ من بريا رامان، المهندسة السابقة في غوغل، وتوم بيكر القادم من أبل.", "ar");

        Assert.Contains("found|priya-raman|tesla", keys);
        Assert.Contains("found|tom-becker|tesla", keys);
    }

    [Fact]
    public void Each_listed_person_comes_from_the_company_named_in_their_own_item()
    {
        var moves = MoveExtractor.Extract("", Body, "ar", MoveKit.Published, Matcher.Match("", Body));

        var joins = moves.Where(m => m.Type == MoveType.Join).Select(m => $"{m.PersonSlug}|{m.FromSlug}|{m.ToSlug}").Order(StringComparer.Ordinal);
        Assert.Equal(["lina-haddad|apple|tesla", "priya-raman|amazon|tesla", "tom-becker|nvidia|tesla"], joins);
    }

    private const string Body = "عززت شركة «تسلا» فريقها القيادي بعدد من المديرين، ومنهم بريا رامان من أمازون، وتوم بيكر من إنفيديا، ولينا حداد من أبل.";

    [Fact]
    public void Arabic_hire_into_a_unit_belonging_to_the_company_lists_its_people_as_joins_of_the_company()
    {
        var keys = ScoreKeys("أعلنت تسلا انضمام ثلاثة باحثين إلى مبادرة الذكاء الاصطناعي التابعة لها، هم: بريا رامان القادمة من غوغل، وتوم بيكر من أبل.", "ar");

        Assert.Contains("join|priya-raman|tesla", keys);
        Assert.Contains("join|tom-becker|tesla", keys);
        Assert.DoesNotContain("join|priya-raman|google", keys);
    }

    [Fact]
    public void A_listed_person_origin_is_not_the_destination_of_the_list()
    {
        var keys = ScoreKeys("أعلنت تسلا انضمام باحثَين، هم: بريا رامان القادمة من غوغل، وتوم بيكر من أبل.", "ar");

        Assert.DoesNotContain("join|priya-raman|google", keys);
        Assert.DoesNotContain("join|tom-becker|google", keys);
    }

    [Fact]
    public void Arabic_lab_said_to_belong_to_a_company_is_that_company()
    {
        var keys = ScoreKeys("استقطبت ميسترال باحثين من مختبر «ديب مايند» التابع لغوغل.", "ar");

        Assert.Contains("poach|mistral-ai|google", keys);
        Assert.DoesNotContain("poach|mistral-ai|deepmind", keys);
    }

    [Fact]
    public void Arabic_lab_with_a_description_before_its_parent_is_the_parent_company()
    {
        var keys = ScoreKeys("استقطبت ميسترال باحثين من مختبر «ديب مايند» لأبحاث الذكاء الاصطناعي التابع لغوغل في لندن.", "ar");

        Assert.Contains("poach|mistral-ai|google", keys);
    }
}

