using TalentWatch.Moves;
using TalentWatch.Vocabulary;

namespace TalentWatch.Tests.Moves;

public sealed class EnglishMoveTests
{
    [Fact]
    public void Join_with_previous_employer()
    {
        Assert.Equal(["join|priya-raman|google|anthropic"], MoveKit.Keys("Priya Raman has joined Anthropic from Google, the company said.", "en"));
    }

    [Fact]
    public void Company_hires_a_person()
    {
        Assert.Contains("join|tom-becker|nvidia", MoveKit.ScoreKeys("Nvidia hired Tom Becker, a former Apple engineer, to lead its robotics group.", "en"));
    }

    [Fact]
    public void Passive_hire_names_the_company_after_by()
    {
        Assert.Contains("join|lina-haddad|amazon", MoveKit.ScoreKeys("Lina Haddad was hired by Amazon to run its AI lab.", "en"));
    }

    [Fact]
    public void Left_for_is_a_join_and_a_departure()
    {
        var keys = MoveKit.ScoreKeys("Tom Becker left Apple for Nvidia in March.", "en");
        Assert.Contains("join|tom-becker|nvidia", keys);
        Assert.Contains("leave|tom-becker|apple", keys);
    }

    [Fact]
    public void Pronoun_subject_takes_the_previous_sentence_subject()
    {
        var moves = MoveKit.Extract("Priya Raman spent six years at Google, working with Tom Becker. She joined Anthropic in 2021.", "en");
        var join = Assert.Single(moves, m => m.Type == TalentWatch.Vocabulary.MoveType.Join);
        Assert.Equal(("priya-raman", "anthropic", "2021"), (join.PersonSlug, join.ToSlug, join.Date));
    }

    [Fact]
    public void Departure_without_destination()
    {
        Assert.Equal(["leave|lina-haddad|mistral-ai"], MoveKit.ScoreKeys("Lina Haddad stepped down from Mistral AI on Monday.", "en"));
    }

    [Fact]
    public void Coordinated_people_all_leave()
    {
        var keys = MoveKit.ScoreKeys("Apple said Lina Haddad and Omar Farouk were leaving the company.", "en");
        Assert.Contains("leave|lina-haddad|apple", keys);
        Assert.Contains("leave|omar-farouk|apple", keys);
    }

    [Fact]
    public void Founding_with_year()
    {
        var moves = MoveKit.Extract("Omar Farouk co-founded Mistral AI in 2023 after leaving Google.", "en");
        var found = Assert.Single(moves, m => m.Type == TalentWatch.Vocabulary.MoveType.Found);
        Assert.Equal(("omar-farouk", "mistral-ai", "2023"), (found.PersonSlug, found.ToSlug, found.Date));
        Assert.Contains(moves, m => m.Type == TalentWatch.Vocabulary.MoveType.Leave && m.FromSlug == "google");
    }

    [Fact]
    public void Relative_founding_points_at_the_company_before()
    {
        Assert.Contains("found|elon-musk|tesla", MoveKit.ScoreKeys("Tesla, which Elon Musk founded, is hiring.", "en"));
    }

    [Fact]
    public void Poaching_staff_from_several_companies()
    {
        var keys = MoveKit.ScoreKeys("Meta poached a dozen researchers from OpenAI and Google last month.", "en");
        Assert.Equal(["poach|meta|google", "poach|meta|openai"], keys);
    }

    [Fact]
    public void Possessive_marks_whose_staff()
    {
        Assert.Equal(["poach|amazon|nvidia"], MoveKit.ScoreKeys("Amazon lured Nvidia's chip engineers with large stock grants.", "en"));
    }

    [Fact]
    public void Attempted_recruiting_counts_as_poaching()
    {
        Assert.Equal(["poach|openai|apple"], MoveKit.ScoreKeys("OpenAI tried to recruit Apple engineers, according to people familiar with the matter.", "en"));
    }

    [Fact]
    public void Talks_to_hire_a_named_person_is_a_poaching_attempt_not_a_join()
    {
        var keys = MoveKit.ScoreKeys("Meta is in talks to hire Tom Becker, the chief scientist of Mistral AI.", "en");
        Assert.Equal(["poach|meta|mistral-ai"], keys);
    }

    [Fact]
    public void Pay_raise_retains_against_the_rival()
    {
        var move = Assert.Single(MoveKit.Extract("Tesla raised pay for its AI engineers to fend off OpenAI.", "en"));
        Assert.Equal((TalentWatch.Vocabulary.MoveType.Retain, "tesla", "openai"), (move.Type, move.FromSlug, move.ToSlug));
    }

    [Fact]
    public void Counter_offer_after_poaching_attempt()
    {
        var keys = MoveKit.ScoreKeys("Google made a counter-offer after Anthropic tried to poach its engineers.", "en");
        Assert.Contains("retain|google", keys);
    }

    [Fact]
    public void Replacement_means_the_predecessor_left()
    {
        Assert.Contains("leave|lina-haddad|amazon", MoveKit.ScoreKeys("Amazon named Tom Becker as its AI chief, replacing Lina Haddad.", "en"));
    }

    [Fact]
    public void Internal_promotion_is_not_a_move()
    {
        Assert.Empty(MoveKit.ScoreKeys("Nvidia named chief operating officer Tom Becker as its interim CEO.", "en"));
    }

    [Fact]
    public void Present_move_is_dated_by_the_article()
    {
        var move = Assert.Single(MoveKit.Extract("Priya Raman is joining Anthropic.", "en"));
        Assert.Equal("2025-03", move.Date);
    }

    [Fact]
    public void Full_date_is_kept()
    {
        var move = Assert.Single(MoveKit.Extract("Lina Haddad left Apple on Jan. 14, 2024.", "en"));
        Assert.Equal("2024-01-14", move.Date);
    }

    [Fact]
    public void Same_move_twice_is_reported_once_with_the_best_evidence()
    {
        var moves = MoveKit.Extract("Priya Raman joined Anthropic. Anthropic later said Raman had joined as head of research.", "en");
        var join = Assert.Single(moves);
        Assert.Equal(0, join.EvidenceStart);
    }

    [Fact]
    public void Title_is_read_too()
    {
        Assert.Contains("join|tom-becker|nvidia", MoveKit.Extract("The chip maker did not comment.", "en", "Nvidia hires Apple veteran Tom Becker").Select(m => $"join|{m.PersonSlug}|{m.ToSlug}"));
    }

    [Fact]
    public void Losing_staff_to_a_rival_is_poaching()
    {
        Assert.Equal(["poach|anthropic|openai"], MoveKit.ScoreKeys("OpenAI has lost several researchers to Anthropic this year.", "en"));
    }

    [Fact]
    public void Losing_market_share_is_not_poaching()
    {
        Assert.Empty(MoveKit.ScoreKeys("Apple lost market share to Nvidia this year.", "en"));
    }

    [Fact]
    public void Left_to_found_is_a_founding()
    {
        var keys = MoveKit.ScoreKeys("Tom Becker and Lina Haddad left OpenAI in 2021 to found Anthropic.", "en");
        Assert.Equal(["found|lina-haddad|anthropic", "found|tom-becker|anthropic", "leave|lina-haddad|openai", "leave|tom-becker|openai"], keys);
    }

    [Fact]
    public void Departure_of_names_the_mover()
    {
        Assert.Equal(["leave|tom-becker|google"], MoveKit.ScoreKeys("Google announced the departure of Tom Becker, its top AI scientist.", "en"));
    }

    [Fact]
    public void Role_is_read_after_as()
    {
        var move = Assert.Single(MoveKit.Extract("Tom Becker is joining Mistral AI as chief scientist.", "en"));
        Assert.Equal("chief scientist", move.Role);
    }

    [Fact]
    public void Failed_lure_is_a_poaching_attempt_not_a_join()
    {
        Assert.Equal(["poach|meta|apple"], MoveKit.ScoreKeys("Meta tried and failed to lure Tom Becker away from Apple.", "en"));
    }

    [Fact]
    public void Talent_raid_on_a_company()
    {
        Assert.Equal(["poach|meta|openai"], MoveKit.ScoreKeys("Meta's talent raid on OpenAI has netted at least eight researchers.", "en"));
    }

    [Fact]
    public void Co_founders_named_with_with()
    {
        var keys = MoveKit.ScoreKeys("Omar Farouk quit Google in 2016 to co-found Mistral AI with Priya Raman.", "en");
        Assert.Contains("found|omar-farouk|mistral-ai", keys);
        Assert.Contains("found|priya-raman|mistral-ai", keys);
    }

    [Theory]
    [InlineData("Tom Becker jumps ship to Meta", "join|tom-becker|meta")]
    [InlineData("Apple AI chief Tom Becker heads to Meta", "join|tom-becker|meta")]
    [InlineData("Amazon taps Priya Raman as CTO", "join|priya-raman|amazon")]
    [InlineData("Meta snags Google researcher Lina Haddad", "join|lina-haddad|meta")]
    [InlineData("Lina Haddad exits Apple after a decade", "leave|lina-haddad|apple")]
    public void Headline_phrasings(string headline, string key)
    {
        Assert.Equal([key], MoveKit.ScoreKeys(headline, "en"));
    }

    [Fact]
    public void Relative_clause_subject_and_the_company_it_refers_to()
    {
        var keys = MoveKit.ScoreKeys("Amazon said Priya Raman would report to Tom Becker, who joined the company from Nvidia last year.", "en");
        Assert.Equal(["join|tom-becker|amazon"], keys);
    }

    [Fact]
    public void Date_in_the_trigger_segment_wins()
    {
        var moves = MoveKit.Extract("After leaving Apple in 2020, Tom Becker founded Mistral AI.", "en");
        Assert.Equal("2020", moves.Single(m => m.Type == TalentWatch.Vocabulary.MoveType.Leave).Date);
        Assert.Equal("2025-03", moves.Single(m => m.Type == TalentWatch.Vocabulary.MoveType.Found).Date);
    }

    [Fact]
    public void Named_people_inside_a_raided_group_join_too()
    {
        var keys = MoveKit.ScoreKeys("Meta has poached at least four researchers from OpenAI, including Lina Haddad and Omar Farouk.", "en");
        Assert.Equal(["join|lina-haddad|meta", "join|omar-farouk|meta", "poach|meta|openai"], keys);
    }

    [Fact]
    public void Brought_in_is_a_hire()
    {
        Assert.Equal(["join|tom-becker|meta"], MoveKit.ScoreKeys("Meta brought in Tom Becker to lead its new lab.", "en"));
    }

    [Fact]
    public void Retirement_is_a_departure()
    {
        Assert.Contains("leave|lina-haddad|apple", MoveKit.ScoreKeys("Apple said Lina Haddad will retire next spring.", "en"));
    }

    [Fact]
    public void Non_compete_agreements_keep_staff()
    {
        Assert.Contains("retain|google", MoveKit.ScoreKeys("Google uses non-compete agreements that can keep departing researchers on paid leave for a year.", "en"));
    }

    [Fact]
    public void A_quantity_before_the_staff_of_a_company_is_still_a_raid()
    {
        var keys = MoveKit.ScoreKeys("Meta has poached more than a dozen OpenAI researchers since June, among them Tom Becker.", "en");
        Assert.Equal(["join|tom-becker|meta", "poach|meta|openai"], keys);
    }

    [Fact]
    public void A_former_employer_in_apposition_is_the_origin()
    {
        Assert.Equal(["join|tom-becker|google|amazon"], MoveKit.Keys("Amazon hired Tom Becker, a former research scientist at Google, as chief scientist.", "en"));
    }

    [Fact]
    public void The_company_as_subject_is_the_company_of_the_headline()
    {
        var keys = MoveKit.Keys("Nvidia said demand was strong. The company also tapped Tom Becker, previously an engineer at Apple, to run engineering.", "en",
            title: "Nvidia appoints Lina Haddad as chief scientist");
        Assert.Contains("join|tom-becker|apple|nvidia", keys);
    }

    [Fact]
    public void Passive_founding_by_two_founders_around_an_apposition()
    {
        var keys = MoveKit.ScoreKeys("Mistral AI raised $40 million. The company was co-founded in 2024 by Tom Becker, who previously led a team at Google, and Lina Haddad, a former Apple engineer.", "en");
        Assert.Equal(["found|lina-haddad|mistral-ai", "found|tom-becker|mistral-ai"], keys);
    }

    [Fact]
    public void Passive_hire_without_agent_credits_the_announcing_company()
    {
        Assert.Equal(["join|omar-farouk|nvidia"], MoveKit.ScoreKeys("Nvidia announced that Omar Farouk has been hired as head of research.", "en"));
    }

    [Fact]
    public void A_lawsuit_over_poaching_names_the_recruiter_and_the_plaintiff()
    {
        Assert.Equal(["poach|openai|tesla"], MoveKit.ScoreKeys("Tesla sued OpenAI, alleging it poached engineers to copy its designs.", "en"));
    }

    [Fact]
    public void Staff_from_named_companies_joining_is_a_raid()
    {
        var keys = MoveKit.ScoreKeys("More than 20 researchers from OpenAI and Google joined Anthropic this year.", "en");
        Assert.Equal(["poach|anthropic|google", "poach|anthropic|openai"], keys);
    }

    [Fact]
    public void It_as_subject_is_the_company_of_the_previous_sentences()
    {
        var keys = MoveKit.ScoreKeys("Nvidia has been an aggressive recruiter. In June it hired Priya Raman, a principal scientist at Google. It also hired dozens of engineers away from Apple.", "en");
        Assert.Contains("join|priya-raman|nvidia", keys);
        Assert.Contains("poach|nvidia|apple", keys);
    }

    [Fact]
    public void It_after_a_named_company_is_not_read_from_earlier_sentences()
    {
        var keys = MoveKit.ScoreKeys("Nvidia has been an aggressive recruiter. Amazon said it hired Priya Raman last week.", "en");
        Assert.Contains("join|priya-raman|amazon", keys);
        Assert.DoesNotContain("join|priya-raman|nvidia", keys);
    }

    [Fact]
    public void Rehired_and_back_at_are_joins()
    {
        Assert.Contains("join|lina-haddad|openai", MoveKit.ScoreKeys("Lina Haddad, who left OpenAI in 2024, was rehired by OpenAI in March.", "en"));
        Assert.Contains("join|tom-becker|anthropic", MoveKit.ScoreKeys("Tom Becker is back at Anthropic two weeks after leaving.", "en"));
    }

    [Fact]
    public void A_company_named_after_another_person_is_not_the_destination()
    {
        var keys = MoveKit.ScoreKeys("Several senior staff have already been recruited, among them Tom Becker, who joins from Amazon as chief engineer, and Lina Haddad, a former Google researcher.", "en", "Anthropic hires two");
        Assert.Contains("join|tom-becker|anthropic", keys);
        Assert.Contains("join|lina-haddad|anthropic", keys);
        Assert.DoesNotContain("join|tom-becker|google", keys);
    }

    [Fact]
    public void Passive_founding_names_the_company_before_and_the_founders_after_by()
    {
        var keys = MoveKit.ScoreKeys("Mistral AI was founded earlier this year by Omar Farouk, who spent years at Google, and Lina Haddad, formerly a lead at Meta.", "en");
        Assert.Contains("found|omar-farouk|mistral-ai", keys);
        Assert.Contains("found|lina-haddad|mistral-ai", keys);
    }

    [Fact]
    public void Staff_recruited_from_companies_is_a_raid_by_the_article_company()
    {
        var keys = MoveKit.ScoreKeys("The team has grown to 23 people, most of them recruited from Google, Meta and Apple.", "en", "Anthropic raises $60 million");
        Assert.Contains("poach|anthropic|google", keys);
        Assert.Contains("poach|anthropic|apple", keys);
    }

    [Fact]
    public void Offers_from_rivals_that_a_company_answers_with_retention_are_poaching_attempts()
    {
        var keys = MoveKit.ScoreKeys("Mistral AI granted extra shares to keep its researchers after several received offers from Meta and Google.", "en");
        Assert.Contains("retain|mistral-ai", keys);
        Assert.Contains("poach|meta|mistral-ai", keys);
        Assert.Contains("poach|google|mistral-ai", keys);
    }

    [Fact]
    public void Taking_on_a_licensed_startups_staff_is_a_raid_with_the_named_people()
    {
        var keys = MoveKit.ScoreKeys("Amazon licensed the models of the startup Mistral AI and took on about 40 of its staff, including co-founder Tom Becker.", "en");
        Assert.Contains("poach|amazon|mistral-ai", keys);
        Assert.Contains("join|tom-becker|amazon", keys);
    }

    [Fact]
    public void Joined_it_is_the_company_the_previous_sentence_was_about()
    {
        Assert.Equal(["join|tom-becker|google|mistral-ai"], MoveKit.Keys("Mistral AI has been growing fast in Paris. Tom Becker joined it in May from Google.", "en"));
        Assert.Equal(["join|lina-haddad|nvidia"], MoveKit.ScoreKeys("Nvidia opened a research office in Zurich. Lina Haddad joined them in May.", "en"));
    }

    [Fact]
    public void Joined_them_after_a_sentence_about_a_person_is_no_move_to_a_company()
    {
        Assert.Equal(["leave|lina-haddad|google"], MoveKit.ScoreKeys("Lina Haddad left Google in March. Tom Becker joined them a week later.", "en"));
        Assert.Empty(MoveKit.ScoreKeys("The weather was bad in Paris. Tom Becker joined it anyway.", "en"));
        Assert.Empty(MoveKit.ScoreKeys("Tom Becker wants to join them at Google.", "en"));
    }

    [Fact]
    public void We_in_an_executives_quote_is_the_executives_company()
    {
        Assert.Equal(["join|tom-becker|google|nvidia"], MoveKit.Keys("\"We hired Tom Becker from Google last month,\" said Lina Haddad, chief executive of Nvidia.", "en"));
        var keys = MoveKit.ScoreKeys("Lina Haddad, the chief executive of Mistral AI, spoke on Tuesday. \"We've lost four engineers to Meta this year,\" she said.", "en");
        Assert.Equal(["poach|meta|mistral-ai"], keys);
    }

    [Fact]
    public void We_with_no_company_to_speak_for_is_no_move()
    {
        Assert.Empty(MoveKit.ScoreKeys("\"We hired three engineers from Google last month,\" a reader wrote.", "en"));
        Assert.Empty(MoveKit.ScoreKeys("Lina Haddad, the chief executive of Mistral AI, spoke on Tuesday. \"We've lost ground to Meta this year,\" she said.", "en"));
    }

    [Fact]
    public void A_relative_clause_after_coordinated_names_tells_the_move_of_each()
    {
        var keys = MoveKit.ScoreKeys("Priya Raman and Tom Becker, who had left OpenAI for Meta, went back after a month.", "en");

        Assert.Contains("join|priya-raman|meta", keys);
        Assert.Contains("join|tom-becker|meta", keys);
    }

    [Fact]
    public void A_verb_coordinated_with_the_first_has_the_sentence_subject_not_the_company_named_last()
    {
        var keys = MoveKit.ScoreKeys("Nvidia has put Priya Raman, the Google veteran, in charge of research, and has recruited two engineers from Apple.", "en");

        Assert.Contains("poach|nvidia|apple", keys);
        Assert.DoesNotContain("poach|google|apple", keys);
    }

    [Fact]
    public void Made_the_same_move_repeats_the_join_told_before()
    {
        var moves = MoveKit.Extract("Priya Raman left OpenAI for Meta this week. Tom Becker and Lina Haddad made the same move in May.", "en");

        Assert.Contains(moves, m => m is { Type: MoveType.Join, PersonSlug: "tom-becker", FromSlug: "openai", ToSlug: "meta" });
        Assert.Contains(moves, m => m is { Type: MoveType.Join, PersonSlug: "lina-haddad", FromSlug: "openai", ToSlug: "meta" });
    }

    [Fact]
    public void Did_the_same_with_no_join_before_is_no_move()
    {
        Assert.Empty(MoveKit.Keys("Nvidia cut its prices. Tom Becker did the same at his shop.", "en"));
    }

    [Fact]
    public void They_after_a_sentence_naming_two_people_moves_both()
    {
        var keys = MoveKit.ScoreKeys("Priya Raman and Tom Becker worked on Apple's models. They joined Anthropic this month.", "en");

        Assert.Contains("join|priya-raman|anthropic", keys);
        Assert.Contains("join|tom-becker|anthropic", keys);
    }

    [Fact]
    public void A_move_from_a_company_unit_named_with_a_possessive_comes_from_it()
    {
        var moves = MoveKit.Extract("Nvidia said that Priya Raman joins as head of research from Google's Mistral lab in Paris.", "en");

        Assert.DoesNotContain(moves, m => m is { Type: MoveType.Join, ToSlug: "mistral-ai" });
        Assert.Contains(moves, m => m is { Type: MoveType.Join, PersonSlug: "priya-raman", FromSlug: "mistral-ai", ToSlug: "nvidia" });
    }

    [Fact]
    public void Joins_as_with_no_company_is_a_join_of_the_company_the_article_is_about()
    {
        var keys = MoveKit.ScoreKeys("Anthropic announced two senior hires. Dr. Priya Raman joins as head of research.", "en");

        Assert.Contains("join|priya-raman|anthropic", keys);
    }

    [Fact]
    public void Before_joining_with_an_unknown_object_is_no_join_of_the_company_after_the_comma()
    {
        var keys = MoveKit.ScoreKeys("Before joining the lab, Priya Raman spent six years at Apple.", "en");

        Assert.DoesNotContain("join|priya-raman|apple", keys);
    }

    [Fact]
    public void A_date_in_a_relative_clause_before_the_verb_does_not_date_the_move()
    {
        var move = Assert.Single(MoveKit.Extract("Tom Becker, who opened Apple's Zurich office last year, joined Meta this week.", "en"), m => m.Type == MoveType.Join);

        Assert.Equal("2025-03", move.Date);
    }

    [Fact]
    public void A_date_in_an_apposition_after_the_object_does_not_date_the_move()
    {
        var move = Assert.Single(MoveKit.Extract("Tom Becker has joined Meta, the company he left in 2019.", "en"), m => m.Type == MoveType.Join);

        Assert.Equal("2025-03", move.Date);
    }

    [Fact]
    public void A_date_right_after_the_verb_still_dates_the_move()
    {
        var move = Assert.Single(MoveKit.Extract("Tom Becker, who led research at Apple, joined Meta in 2019.", "en"), m => m.Type == MoveType.Join);

        Assert.Equal("2019", move.Date);
    }

    [Fact]
    public void A_company_named_as_the_platform_of_a_post_is_not_the_company_left()
    {
        var keys = MoveKit.ScoreKeys("Lina Haddad will leave the company at the end of May, she said in an Amazon post on Tuesday.", "en");

        Assert.DoesNotContain("leave|lina-haddad|amazon", keys);
    }

    [Fact]
    public void An_outlet_that_saw_a_memo_is_not_a_party_to_the_move()
    {
        var keys = MoveKit.ScoreKeys(
            "At OpenAI, Sam Altman told staff the departures hurt. He said he was working with people who had received offers to find ways to keep them, "
            + "including by recalibrating pay, according to a copy seen by Google.", "en");

        Assert.DoesNotContain(keys, k => k.Contains("google", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_talking_about_the_departures_is_not_leaving()
    {
        Assert.DoesNotContain(MoveKit.Keys("At OpenAI, Tom Becker told staff that the departures felt like a break-in.", "en"), k => k.StartsWith("leave|tom-becker", StringComparison.Ordinal));
    }

    [Fact]
    public void People_announcing_their_departures_are_leaving()
    {
        var keys = MoveKit.ScoreKeys("Tom Becker and Lina Haddad announced their departures from OpenAI the same day.", "en");

        Assert.Contains("leave|tom-becker|openai", keys);
        Assert.Contains("leave|lina-haddad|openai", keys);
    }

    [Fact]
    public void May_after_a_preposition_of_time_is_the_month()
    {
        var move = Assert.Single(MoveKit.Extract("Tom Becker left Apple in May.", "en"));

        Assert.Equal("2024-05", move.Date);
    }

    [Fact]
    public void May_as_a_verb_is_no_month()
    {
        Assert.DoesNotContain(MoveKit.Extract("Tom Becker joined Anthropic, which may hire more.", "en"), m => m.Date is { } d && d.EndsWith("-05", StringComparison.Ordinal));
    }

    [Fact]
    public void Counteroffers_by_two_companies_retain_the_staff_of_each()
    {
        var keys = MoveKit.ScoreKeys("Tesla and Apple have started making counteroffers to engineers who receive offers from Gulf labs.", "en");

        Assert.Contains("retain|tesla", keys);
        Assert.Contains("retain|apple", keys);
    }

    [Fact]
    public void A_poaching_that_takes_staff_along_with_a_named_person_raids_their_company()
    {
        var keys = MoveKit.ScoreKeys("Meta paid $900 million to poach Tom Becker, the chief executive of Mistral, and several of his engineers.", "en");

        Assert.Contains("join|tom-becker|meta", keys);
        Assert.Contains("poach|meta|mistral-ai", keys);
    }

    [Fact]
    public void A_hire_of_one_named_person_without_staff_is_no_raid()
    {
        var keys = MoveKit.ScoreKeys("Meta hired Tom Becker, the chief executive of Mistral, as its new head of research.", "en");

        Assert.Contains("join|tom-becker|meta", keys);
        Assert.DoesNotContain("poach|meta|mistral-ai", keys);
    }
}
