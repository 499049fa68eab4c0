using TalentWatch.Entities;
using TalentWatch.Entities.Discovery;
using TalentWatch.Vocabulary;
using static TalentWatch.Tests.Discovery.SyntheticArticles;

namespace TalentWatch.Tests.Discovery;

public sealed class EnglishDiscoveryTests
{
    [Theory]
    [InlineData("Priya Raman", EntityKind.Person)]
    [InlineData("Tom Becker", EntityKind.Person)]
    [InlineData("Laura Stein", EntityKind.Person)]
    [InlineData("Mark Osei", EntityKind.Person)]
    [InlineData("Acme Robotics", EntityKind.Org)]
    [InlineData("Google", EntityKind.Org)]
    [InlineData("Northwind Capital", EntityKind.Org)]
    [InlineData("Boston Dynamics", EntityKind.Org)]
    [InlineData("Vantor Systems", EntityKind.Org)]
    public void Business_story_people_and_companies_are_found_with_their_kind(string name, EntityKind kind) =>
        Assert.Equal(kind, Find(Discover("syn-en-business"), name).Kind);

    [Theory]
    [InlineData("United States")]
    [InlineData("Germany")]
    [InlineData("London")]
    [InlineData("BOSTON")]
    [InlineData("Boston")]
    [InlineData("Chief Financial Officer")]
    [InlineData("Chief Executive")]
    [InlineData("March")]
    [InlineData("January")]
    [InlineData("April")]
    [InlineData("Monday")]
    [InlineData("Tuesday")]
    [InlineData("Sources")]
    [InlineData("In")]
    [InlineData("Wire")]
    [InlineData("Norwegian")]
    [InlineData("A crowded field")]
    public void Business_story_places_titles_dates_and_sentence_openers_are_not_names(string notAName) =>
        Assert.False(Mentions(Discover("syn-en-business"), notAName), $"'{notAName}' was discovered");

    [Fact]
    public void Surname_mentions_after_the_full_name_count_toward_the_person()
    {
        var raman = Find(Discover("syn-en-business"), "Priya Raman");

        Assert.Equal("Priya Raman", raman.Name);
        Assert.Contains("Raman", raman.Aliases);
        Assert.True(raman.InTitle);
        Assert.True(raman.Count >= 5, $"count {raman.Count}"); // title, full name, and four bare "Raman"
        Assert.Contains("Priya Raman, a former engineering director", raman.Sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("Becker", Find(Discover("syn-en-business"), "Tom Becker").Aliases); // never seen alone
    }

    [Theory]
    [InlineData("Benfica", EntityKind.Org)]
    [InlineData("Marco Silva", EntityKind.Person)]
    [InlineData("Bruno Lage", EntityKind.Person)]
    [InlineData("Chelsea", EntityKind.Org)]
    [InlineData("Jose Bosingwa", EntityKind.Person)]
    [InlineData("Rui Costa", EntityKind.Person)]
    [InlineData("Fulham", EntityKind.Org)]
    public void Sports_story_clubs_and_people_are_found(string name, EntityKind kind) =>
        Assert.Equal(kind, Find(Discover("syn-en-sports"), name).Kind);

    [Theory]
    [InlineData("Lisbon")]
    [InlineData("Portuguese")]
    [InlineData("England")]
    [InlineData("June")]
    [InlineData("Sunday")]
    [InlineData("May")]
    [InlineData("August")]
    [InlineData("The Lisbon")]
    public void Sports_story_places_and_dates_are_not_names(string notAName) =>
        Assert.False(Mentions(Discover("syn-en-sports"), notAName), $"'{notAName}' was discovered");

    [Fact]
    public void A_capitalised_word_at_a_sentence_start_alone_is_not_a_name()
    {
        var found = EntityDiscovery.Discover("Markets wobble", "Analysts expect more cuts. Investors were nervous. Meanwhile, prices rose.", "en", []);

        Assert.Empty(found);
    }

    [Fact]
    public void A_company_named_only_at_sentence_starts_counts_when_it_acts_twice_but_common_nouns_do_not()
    {
        const string text = "Nvidia has hired a new research chief. Analysts said the move was expected.\n\n"
            + "Nvidia said the hire would close soon. Analysts said shares could rise, and several analysts agreed.";

        var found = EntityDiscovery.Discover("Chip race heats up", text, "en", []);

        Assert.Equal(EntityKind.Org, Find(found, "Nvidia").Kind);
        Assert.False(Mentions(found, "Analysts"));
    }

    [Fact]
    public void Ampersand_names_and_speaking_people()
    {
        var found = EntityDiscovery.Discover(string.Empty, "The deal was advised by Procter & Gamble veterans. Later, Mellody Hobson said the board agreed.", "en", []);

        Assert.Equal(EntityKind.Person, Find(found, "Mellody Hobson").Kind);
        Assert.True(Mentions(found, "Procter & Gamble") || !Mentions(found, "Procter"));
    }

    [Fact]
    public void Products_named_with_product_words_are_not_organisations()
    {
        var found = EntityDiscovery.Discover(string.Empty, "The company said its Zephyr assistant would reach users soon, and Orbix Labs said the Zephyr chatbot is popular.", "en", []);

        Assert.False(Mentions(found, "Zephyr"));
        Assert.True(Mentions(found, "Orbix Labs"));
    }

    [Fact]
    public void A_known_catalog_mention_is_not_discovered_again()
    {
        const string text = "Dana Whitfield left Google to join Orbix Labs, Google said.";
        var google = text.IndexOf("Google", StringComparison.Ordinal);
        var known = new[] { new EntityMention("google", EntityKind.Org, google, 6, false, "Google") };

        var found = EntityDiscovery.Discover(string.Empty, text, "en", known);

        Assert.False(Mentions(found, "Google"));
        Assert.True(Mentions(found, "Dana Whitfield"));
        Assert.True(Mentions(found, "Orbix Labs"));
    }

    [Fact]
    public void Connectors_and_initials_stay_inside_a_name()
    {
        var found = EntityDiscovery.Discover(string.Empty, "The bank hired Ludwig van der Berg and Jürgen Vogt, the company said. It also named Sarah J. Okafor, who joined from University of Lagos.", "en", []);

        Assert.Equal(EntityKind.Person, Find(found, "Ludwig van der Berg").Kind);
        Assert.Equal(EntityKind.Person, Find(found, "Jürgen Vogt").Kind);
        Assert.Equal(EntityKind.Person, Find(found, "Sarah J. Okafor").Kind);
        Assert.Equal(EntityKind.Org, Find(found, "University of Lagos").Kind);
    }
}

public sealed class EnglishNewsVocabularyTests
{
    private const string Text =
        "WASHINGTON, Nov 3 (Wire) - President Donald Trump said on Friday the Federal Reserve should cut rates, as stocks on Wall Street fell. "
        + "Apple's Vision Pro headset lagged. Analysts at Morgan Stanley said Black Friday demand was strong.\n\n"
        + "After the pandemic, Zoom Video Communications struggled. Its CEO Eric Yuan said in a statement that the firm would hire engineers.\n\n"
        + "Elsewhere, Real Madrid forward Vinicius Junior scored twice at the World Cup in Qatar.\n\n"
        + "OpenAI launched ChatGPT Search in October, and Microsoft said Copilot Studio would get new agents.";

    private static readonly IReadOnlyList<DiscoveredEntity> Found = EntityDiscovery.Discover(string.Empty, Text, "en", []);

    [Theory]
    [InlineData("Donald Trump", EntityKind.Person)]
    [InlineData("Eric Yuan", EntityKind.Person)]
    [InlineData("Federal Reserve", EntityKind.Org)]
    [InlineData("Morgan Stanley", EntityKind.Org)]
    [InlineData("Zoom Video Communications", EntityKind.Org)]
    [InlineData("Real Madrid", EntityKind.Org)]
    public void Names_get_their_kind_from_context(string name, EntityKind kind) =>
        Assert.Equal(kind, SyntheticArticles.Find(Found, name).Kind);

    [Theory]
    [InlineData("WASHINGTON")]
    [InlineData("Wall Street")]
    [InlineData("Vision Pro")]
    [InlineData("Black Friday")]
    [InlineData("World Cup")]
    [InlineData("Qatar")]
    [InlineData("President")]
    [InlineData("CEO")]
    [InlineData("Nov")]
    [InlineData("ChatGPT Search")]
    [InlineData("Copilot Studio")]
    public void Places_products_events_and_titles_are_left_out(string notAName) =>
        Assert.False(SyntheticArticles.Mentions(Found, notAName), $"'{notAName}' was discovered");
}

public sealed class EnglishClubAndOwnerTests
{
    private const string Text =
        "Manchester City and Bayern Munich also showed interest, while Chelsea owner Todd Boehly and Clearlake Capital are weighing a sale. "
        + "Speaking at Emirates Stadium, the coach said City would fight on.";

    private static readonly IReadOnlyList<DiscoveredEntity> Found = EntityDiscovery.Discover(string.Empty, Text, "en", []);

    [Theory]
    [InlineData("Manchester City", EntityKind.Org)]
    [InlineData("Bayern Munich", EntityKind.Org)]
    [InlineData("Todd Boehly", EntityKind.Person)]
    [InlineData("Clearlake Capital", EntityKind.Org)]
    public void Clubs_named_after_cities_owners_and_funds(string name, EntityKind kind) =>
        Assert.Equal(kind, SyntheticArticles.Find(Found, name).Kind);

    [Theory]
    [InlineData("Emirates Stadium")]
    [InlineData("Todd Boehly and Clearlake Capital")]
    [InlineData("Munich")]
    public void Venues_and_joined_names_are_left_out(string notAName) =>
        Assert.False(SyntheticArticles.Mentions(Found, notAName), $"'{notAName}' was discovered");

    [Fact]
    public void Products_named_like_companies_are_not_discovered()
    {
        var found = EntityDiscovery.Discover("", "Nova Labs released Claude Sonnet support and moved its agents to Vertex AI, a partner said. "
            + "Nova Labs also works with Acme Robotics.", "en", []);
        Assert.False(Mentions(found, "Claude Sonnet"));
        Assert.False(Mentions(found, "Vertex AI"));
        Assert.True(Mentions(found, "Acme Robotics"));
    }

    [Fact]
    public void A_connector_left_after_a_cut_title_is_not_part_of_the_name()
    {
        var found = EntityDiscovery.Discover("", "Priya Raman is the CEO of Nova Labs. Nova Labs builds robots.", "en", []);
        Assert.True(Mentions(found, "Nova Labs"));
        Assert.False(Mentions(found, "of Nova Labs"));
    }

    [Fact]
    public void A_recruiter_in_apposition_is_a_person()
    {
        var found = EntityDiscovery.Discover("", "\"Money is part of it,\" said Zora Kimani, a recruiter who places engineers at startups.", "en", []);
        Assert.Equal(EntityKind.Person, Find(found, "Zora Kimani").Kind);
    }

    [Theory]
    [InlineData("Kestrel said three researchers have joined: Zora Kimani, from the robotics team at Bosch; and others.", "Zora Kimani")]
    [InlineData("The firm hired Zora Kimani, previously an engineering director at SAP, this week.", "Zora Kimani")]
    [InlineData("The firm hired Zora Kimani, most recently a product lead at Intel, this week.", "Zora Kimani")]
    public void A_name_described_by_where_the_person_worked_is_a_person(string text, string name)
    {
        var found = EntityDiscovery.Discover("", text, "en", []);
        Assert.Equal(EntityKind.Person, Find(found, name).Kind);
    }

    [Fact]
    public void A_center_for_something_is_one_organisation_name()
    {
        var found = EntityDiscovery.Discover("", "Three researchers have joined its Center for Embodied Intelligence in Pittsburgh.", "en", []);

        Assert.Equal(EntityKind.Org, Find(found, "Center for Embodied Intelligence").Kind);
        Assert.False(Mentions(found, "Embodied Intelligence"));
    }
}

