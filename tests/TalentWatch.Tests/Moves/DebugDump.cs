using TalentWatch.Moves;
using Xunit.Abstractions;

namespace TalentWatch.Tests.Moves;

public sealed class DebugDump(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var id = Environment.GetEnvironmentVariable("MOVES_DEBUG");
        if (id is null || DevCorpus.FindPath() is not { } path) return;
        var a = DevCorpus.Load(path).Single(x => x.Id == id);
        var r = DevCorpus.Run(a);
        foreach (var m in r.Moves) output.WriteLine($"{m.Type} p={m.PersonSlug} f={m.FromSlug} t={m.ToSlug} c={m.Confidence} d={m.Date} :: {m.Evidence[..Math.Min(90, m.Evidence.Length)]}");
        var grep = Environment.GetEnvironmentVariable("MOVES_GREP");
        if (grep is null) return;
        var mentions = DevCorpus.Mentions(a);
        foreach (var s in SentenceSplitter.Split(a.Body, false))
        {
            var c = SentenceContext.Build(a.Body, s, mentions, a.Language == "ar");
            if (!c.Evidence.Contains(grep, StringComparison.Ordinal)) continue;
            output.WriteLine("SENT " + c.Evidence);
            foreach (var m in c.Mentions) output.WriteLine($"  M {m.Slug} {m.Kind} [{m.First},{m.Last}] pre='{m.Prefix}' {m.Marker}");
            foreach (var t in c.Triggers) output.WriteLine($"  T {t.Trigger.Type} {t.Trigger.Frame} {string.Join(' ', t.Trigger.Words)} [{t.Start},{t.End})");
            output.WriteLine("  " + string.Join(" ", c.Tokens.Select((t, i) => $"{i}:{t.Norm}")));
        }
    }
}

public sealed class DebugSentence(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var text = Environment.GetEnvironmentVariable("MOVES_TEXT");
        if (text is null) return;
        var lang = Environment.GetEnvironmentVariable("MOVES_LANG") ?? "en";
        var title = Environment.GetEnvironmentVariable("MOVES_TITLE") ?? "";
        foreach (var m in MoveKit.Extract(text, lang, title)) output.WriteLine($"MOVE {MoveKit.Key(m)} c={m.Confidence} d={m.Date}");
        var mentions = MoveKit.Matcher.Match(title, text);
        foreach (var (src, s) in SentenceSplitter.Split(title, true).Select(s => (title, s)).Concat(SentenceSplitter.Split(text, false).Select(s => (text, s))))
        {
            var c = SentenceContext.Build(src, s, mentions, lang == "ar");
            output.WriteLine("SENT " + c.Evidence);
            foreach (var m in c.Mentions) output.WriteLine($"  M {m.Slug} [{m.First},{m.Last}] pre='{m.Prefix}' {m.Marker}");
            foreach (var t in c.Triggers) output.WriteLine($"  T {t.Trigger.Type} {t.Trigger.Frame} {string.Join(' ', t.Trigger.Words)} [{t.Start},{t.End})");
            output.WriteLine("  " + string.Join(" ", c.Tokens.Select((t, i) => $"{i}:{t.Norm}")));
        }
    }
}
