using TalentWatch.Entities;
using TalentWatch.Entities.Discovery;
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
    public void A_list_cue_followed_by_common_words_finds_no_name()
    {
        var found = EntityDiscovery.Discover(string.Empty,
            "خسرت الشركة عشرة باحثين، بينهم الكثير من المهندسين الذين عملوا على النموذج.", "ar", []);

        Assert.DoesNotContain(found, e => e.Kind == EntityKind.Person);
    }
}
