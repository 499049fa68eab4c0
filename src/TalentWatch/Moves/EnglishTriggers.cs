namespace TalentWatch.Moves;

/// <summary>English trigger lexicon. Strength reflects how reliably the phrase denotes a talent move.</summary>
internal static class EnglishTriggers
{
    public static IReadOnlyList<Trigger> All { get; } = Build();

    private static List<Trigger> Build()
    {
        var list = new List<Trigger>();
        void Add(MoveType type, TriggerFrame frame, double strength, TriggerFlags flags, params string[] patterns) =>
            list.AddRange(patterns.Select(p => Trigger.Create(type, frame, strength, flags, arabic: false, p)));

        const TriggerFlags none = TriggerFlags.None;
        Add(MoveType.Join, TriggerFrame.PersonMoves, 0.9, none,
            "join", "joins", "joined", "joining", "rejoin", "rejoins", "rejoined", "rejoining",
            "moved to", "moves to", "move to", "moving to", "defected to", "defects to", "defect to",
            "returned to", "returns to", "return to", "returning to", "went back to", "going back to", "goes back to", "came back to",
            "jumps to", "jumped to", "jumps ship to", "jumped ship to", "jumping ship to", "heads to", "headed to", "heading to",
            "decamps to", "decamped to", "switches to", "switched to", "is back at", "are back at", "was back at", "were back at", "be back at");
        Add(MoveType.Join, TriggerFrame.PersonMoves, 0.6, none, "will lead", "to lead", "signed with", "is headed to");
        Add(MoveType.Join, TriggerFrame.OrgHires, 0.9, none,
            "hired", "hires", "hire", "hiring", "tapped", "taps", "brought on", "bring on", "brings on", "bringing on",
            "brought back", "brings back", "bring back", "welcomed back", "welcome back", "snapped up", "signed",
            "brought in", "brings in", "bring in", "bringing in", "rehired", "rehires", "rehire", "rehiring", "re-hired", "re-hires");
        // "took on about 40 of its staff": only with staff words ("took on debt", "took on the role" are no hires).
        Add(MoveType.Join, TriggerFrame.OrgHires, 0.8, TriggerFlags.NeedsStaff, "took on", "takes on", "take on", "taking on");
        Add(MoveType.Join, TriggerFrame.OrgHires, 0.8, TriggerFlags.Appointment,
            "appointed", "appoints", "appoint", "named", "names", "appointment");

        Add(MoveType.Leave, TriggerFrame.PersonMoves, 0.9, none,
            "left", "leaves", "leave", "leaving", "departed", "departs", "depart", "departing", "departure", "departures",
            "stepped down", "steps down", "step down", "stepping down", "stepped away", "stepping away", "steps away",
            "resigned", "resigns", "resign", "resigning", "resignation", "quit", "quits", "quitting",
            "exit", "exits", "exited", "exiting", "ousted", "ouster", "parted ways", "was fired", "were fired", "fired",
            "retire", "retires", "retired", "retiring", "retirement");

        Add(MoveType.Leave, TriggerFrame.Replaces, 0.8, none, "replacing", "replaces", "succeeding", "succeeds", "takes over from", "took over from");

        // "found" alone is also the past of "find"; only the infinitive "to found" is unambiguous.
        Add(MoveType.Found, TriggerFrame.PersonMoves, 0.9, none, "founded", "co-founded", "cofounded", "co-found", "co-founds", "to found");

        // "OpenAI lost researchers to Anthropic", "Apple loses AI chief to Meta".
        Add(MoveType.Poach, TriggerFrame.OrgLoses, 0.8, none, "lost", "loses", "losing", "lose");
        Add(MoveType.Found, TriggerFrame.PersonMoves, 0.7, TriggerFlags.NeedsDirectOrg,
            "established", "establishes",
            "launched", "launches", "launch", "launching", "started", "starts", "start", "starting",
            "set up", "sets up", "setting up", "spun up", "formed", "forming");

        Add(MoveType.Poach, TriggerFrame.OrgRecruits, 0.9, none,
            "poached", "poaches", "poach", "poaching", "lured", "lures", "lure", "luring", "hired away", "hire away",
            "raided", "raids", "raid", "raiding", "talent raid", "acqui-hire", "acquihire", "acqui-hired", "poached away",
            "hiring the team", "wooed", "wooing", "woo", "courted", "courting", "snagged", "snags", "snag", "nabbed", "nabs");
        Add(MoveType.Poach, TriggerFrame.OrgRecruits, 0.75, none,
            "recruited", "recruits", "recruit", "recruiting", "recruitment", "hiring spree", "talent war", "hiring blitz");

        Add(MoveType.Retain, TriggerFrame.Retains, 0.85, none,
            "raised * pay", "raising * pay", "raise * pay", "raises * pay", "pay raise", "pay raises", "pay rise", "pay rises",
            "raised * salaries", "raising * salaries", "raised * compensation", "raising * compensation",
            "increasing * comp", "increased * comp", "increase * comp", "increasing * compensation", "increased * compensation",
            "boosted * pay", "boosting * pay", "boost * pay", "counter-offer", "counteroffer", "counter-offers", "counter offer",
            "retention bonus", "retention bonuses", "retention grants", "retention package", "retention packages",
            "renewed * contract", "renews * contract", "extended * contract", "contract extension",
            "non-compete", "non-competes", "noncompete", "noncompetes", "non-compete agreements", "garden leave");
        Add(MoveType.Retain, TriggerFrame.Retains, 0.7, TriggerFlags.NeedsStaff, "to keep", "keep", "retain", "retaining", "hold on to");
        Add(MoveType.Retain, TriggerFrame.Retains, 0.75, TriggerFlags.NeedsPersuasion, "to stay", "stay");
        return list;
    }
}
