using TalentWatch.Entities;

namespace TalentWatch.Tests.Entities;

public class AhoCorasickTests
{
    [Fact]
    public void Finds_every_overlapping_pattern_longest_first()
    {
        var automaton = new AhoCorasick();
        var he = automaton.Add("he");
        var she = automaton.Add("she");
        var hers = automaton.Add("hers");
        automaton.Add("his");
        automaton.Build();

        var hits = new List<(int Pattern, int End)>();
        var state = 0;
        const string text = "ushers";
        for (var i = 0; i < text.Length; i++)
        {
            state = automaton.Step(state, text[i]);
            for (var hit = automaton.FirstHit(state); hit >= 0; hit = automaton.NextHit(hit))
            {
                hits.Add((automaton.PatternOf(hit), i + 1));
            }
        }

        Assert.Equal([(she, 4), (he, 4), (hers, 6)], hits);
    }

    [Fact]
    public void Adding_the_same_pattern_twice_returns_the_same_id()
    {
        var automaton = new AhoCorasick();
        Assert.Equal(automaton.Add("ماسك"), automaton.Add("ماسك"));
        Assert.Equal(1, automaton.PatternCount);
    }
}
