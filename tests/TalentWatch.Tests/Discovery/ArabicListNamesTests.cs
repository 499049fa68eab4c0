using TalentWatch.Entities;
using TalentWatch.Entities.Discovery;
using TalentWatch.Vocabulary;
using static TalentWatch.Tests.Discovery.SyntheticArticles;

namespace TalentWatch.Tests.Discovery;

/// <summary>The items of a list after "هم:", "ومنهم", "بينهم" or "كلاً من" are people, though no title or known given name marks them.</summary>
public sealed class ArabicListNamesTests
{
    [Fact]
    public void Names_listed_after_hum_with_descriptions_are_people()
    {
        var found = EntityDiscovery.Discover(string.Empty,
            "أعلنت الجامعة انضمام ثلاثة باحثين إلى مختبرها، هم: دراغان ميليتش القادم من جامعة بلغراد، وتشن هاوران من شركة علي بابا، وأوكسانا ليسينكو.", "ar", []);

        Assert.Equal(EntityKind.Person, Find(found, "دراغان ميليتش").Kind);
        Assert.Equal(EntityKind.Person, Find(found, "تشن هاوران").Kind);
        Assert.Equal(EntityKind.Person, Find(found, "أوكسانا ليسينكو").Kind);
    }

    [Fact]
    public void Names_listed_after_minhum_each_with_an_origin_are_people()
    {
        var found = EntityDiscovery.Discover(string.Empty,
            "عززت الشركة فريقها بعدد من المديرين، ومنهم فيكرام سوبرامانيان من أمازون، وبيترا نوفاكوفا من إنفيديا، بحسب بيان.", "ar", []);

        Assert.Equal(EntityKind.Person, Find(found, "فيكرام سوبرامانيان").Kind);
        Assert.Equal(EntityKind.Person, Find(found, "بيترا نوفاكوفا").Kind);
    }

    [Fact]
    public void Founders_listed_after_kullun_min_with_comma_descriptions_and_family_names_with_the_article_are_people()
    {
        var found = EntityDiscovery.Discover(string.Empty,
            "وأسس الشركة كلٌّ من سلمى الشريف، التي عملت أربع سنوات لدى شركة أخرى، وأرجون ميهتا، المهندس السابق في الشركة، وبافل كوزلوف الذي قاد فريقا.", "ar", []);

        Assert.Equal(EntityKind.Person, Find(found, "سلمى الشريف").Kind);
        Assert.Equal(EntityKind.Person, Find(found, "أرجون ميهتا").Kind);
        Assert.Equal(EntityKind.Person, Find(found, "بافل كوزلوف").Kind);
    }

    [Fact]
    public void A_nationality_before_a_listed_name_and_a_name_link_in_it_are_read()
    {
        var found = EntityDiscovery.Discover(string.Empty, "استقطب المعهد ثلاثة مهندسين، بينهم التونسي كريم بن عمر.", "ar", []);

        Assert.Equal(EntityKind.Person, Find(found, "كريم بن عمر").Kind);
        Assert.False(Mentions(found, "التونسي كريم"));
    }

    [Fact]
    public void A_number_after_a_given_name_is_no_surname()
    {
        var found = EntityDiscovery.Discover(string.Empty, "أمضت منصور ست سنوات في مختبرات الشركة، منهم منصور ست سنوات.", "ar", []);

        Assert.False(Mentions(found, "منصور ست"));
    }

    [Fact]
    public void An_attribution_after_the_list_is_no_name()
    {
        var found = EntityDiscovery.Discover(string.Empty, "ضمت الشركة مديرين، ومنهم فيكرام سوبرامانيان من أمازون، بحسب بيان الشركة.", "ar", []);

        Assert.False(Mentions(found, "بحسب بيان"));
    }

    [Fact]
    public void A_second_name_joined_by_waw_right_after_the_first_is_listed_too()
    {
        var found = EntityDiscovery.Discover(string.Empty, "استقطبت الشركة أربعة باحثين، بينهم إيلينا ديميتروفا وأنطوان روسو من المختبر.", "ar", []);

        Assert.Equal(EntityKind.Person, Find(found, "إيلينا ديميتروفا").Kind);
        Assert.Equal(EntityKind.Person, Find(found, "أنطوان روسو").Kind);
    }

    [Fact]
    public void Kull_without_min_opens_no_list()
    {
        var found = EntityDiscovery.Discover(string.Empty, "ويحصل كل موظف جديد على أسهم، وكل باحث على مكافأة.", "ar", []);

        Assert.DoesNotContain(found, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void A_list_cue_followed_by_common_words_finds_no_name()
    {
        var found = EntityDiscovery.Discover(string.Empty,
            "خسرت الشركة عشرة باحثين، بينهم الكثير من المهندسين الذين عملوا على النموذج.", "ar", []);

        Assert.DoesNotContain(found, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void Founders_named_after_a_founding_verb_with_its_company_as_a_pronoun_are_people()
    {
        var found = EntityDiscovery.Discover(string.Empty,
            "وتنافس «نوفا لابز»، التي أسسها ميروسلاف تشيرني وبوغدان راتكو، شركات أكبر منها.", "ar", []);

        Assert.Equal(EntityKind.Person, Find(found, "ميروسلاف تشيرني").Kind);
        Assert.Equal(EntityKind.Person, Find(found, "بوغدان راتكو").Kind);
    }

    [Fact]
    public void After_a_founder_and_a_comma_the_sentence_goes_on_and_names_nobody()
    {
        var found = EntityDiscovery.Discover(string.Empty,
            "أما «نوفا لابز»، التي أسسها ميروسلاف تشيرني عام 2019، فقد غيّرت استراتيجيتها في 2024.", "ar", []);

        Assert.Equal(EntityKind.Person, Find(found, "ميروسلاف تشيرني").Kind);
        Assert.DoesNotContain(found, e => e.Kind == EntityKind.Person && e.Name.Contains("غيّرت", StringComparison.Ordinal));
    }
}
