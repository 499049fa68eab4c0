using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace TalentWatch.Tests.Moves;

/// <summary>
/// Scores the extractor on the dev corpus (skips when the corpus is absent) and writes the table to
/// TALENTWATCH_MOVES_REPORT when set. Run: bench/moves-eval.sh.
/// </summary>
public sealed class DevCorpusEvaluation(ITestOutputHelper output)
{
    [Fact]
    public void Dev_corpus_move_scores()
    {
        var path = DevCorpus.RequirePath();
        var results = DevCorpus.Load(path).Select(DevCorpus.Run).ToList();
        var report = new StringBuilder();
        foreach (var r in results)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"{r.Article.Id,-8} tp={r.TruePositives} fp={r.FalsePositives.Count} fn={r.Missed.Count}");
            foreach (var fp in r.FalsePositives)
            {
                var move = r.Moves.First(m => DevCorpus.Key(m.Type.ToString().ToLowerInvariant(), Name(r, m.PersonSlug), Name(r, m.FromSlug), Name(r, m.ToSlug)) == fp);
                report.AppendLine(CultureInfo.InvariantCulture, $"   FP {fp}  <= {Shorten(move.Evidence)}");
            }

            foreach (var g in r.Article.Moves.Where(g => !g.Optional && g.Date is not null && r.Keys.Contains(g.Key)))
            {
                var dated = r.Moves.Where(m => DevCorpus.Key(m.Type.ToString().ToLowerInvariant(), Name(r, m.PersonSlug), Name(r, m.FromSlug), Name(r, m.ToSlug)) == g.Key).Select(m => m.Date).ToList();
                if (!dated.Contains(g.Date))
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"   date {g.Key}: {string.Join(",", dated)} (gold {g.Date})");
                }
            }

            foreach (var fn in r.Missed)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"   FN {fn}");
            }
        }

        report.AppendLine();
        report.AppendLine("       P      R      F1     tp  fp  fn");
        foreach (var (label, group) in new[] { ("all", results), ("ar", results.Where(r => r.Article.Language == "ar").ToList()), ("en", results.Where(r => r.Article.Language == "en").ToList()) })
        {
            var tp = group.Sum(r => r.TruePositives);
            var fp = group.Sum(r => r.FalsePositives.Count);
            var fn = group.Sum(r => r.Missed.Count);
            var p = tp + fp == 0 ? 1.0 : (double)tp / (tp + fp);
            var rc = tp + fn == 0 ? 1.0 : (double)tp / (tp + fn);
            var f = p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
            report.AppendLine(CultureInfo.InvariantCulture, $"{label,-4} {p,6:F3} {rc,6:F3} {f,6:F3} {tp,4} {fp,3} {fn,3}");
        }

        var dates = results.Select(r => r.Dates(m => DevCorpus.Key(m.Type.ToString().ToLowerInvariant(), Name(r, m.PersonSlug), Name(r, m.FromSlug), Name(r, m.ToSlug)))).ToList();
        report.AppendLine(CultureInfo.InvariantCulture, $"dates: {dates.Sum(d => d.Same)}/{dates.Sum(d => d.Dated)} matched required moves dated as in gold");
        output.WriteLine(report.ToString());
        if (Environment.GetEnvironmentVariable("TALENTWATCH_MOVES_REPORT") is { Length: > 0 } reportPath)
        {
            File.WriteAllText(reportPath, report.ToString());
        }

        if (Environment.GetEnvironmentVariable("TALENTWATCH_MOVES_OUT") is { Length: > 0 } outDir)
        {
            WriteForScorer(results, outDir);
        }

        // The seed article's five moves are the product's acceptance case.
        var seed = results.Single(r => r.Article.Id == "ar-seed");
        Assert.Empty(seed.Missed);
    }

    // sources.json + system.jsonl in score.py's format (fake URLs per article id), so the official scorer can
    // confirm the move figures; its other columns are meaningless here (no entities, no text).
    private static void WriteForScorer(List<ArticleResult> results, string outDir)
    {
        Directory.CreateDirectory(outDir);
        var urls = results.ToDictionary(r => r.Article.Id, r => "https://dev.invalid/" + r.Article.Id);
        File.WriteAllText(Path.Combine(outDir, "sources.json"), System.Text.Json.JsonSerializer.Serialize(new { urls }));
        var lines = results.Select(r => System.Text.Json.JsonSerializer.Serialize(new
        {
            url = urls[r.Article.Id],
            title = r.Article.Title,
            language = r.Article.Language,
            publishedAt = r.Article.Published.ToString("O", CultureInfo.InvariantCulture),
            text = r.Article.Body,
            relevant = true,
            entities = Array.Empty<object>(),
            moves = r.Moves.Select(m => new
            {
                type = m.Type.ToString().ToLowerInvariant(),
                person = Name(r, m.PersonSlug),
                from = Name(r, m.FromSlug),
                to = Name(r, m.ToSlug),
                date = m.Date,
                confidence = m.Confidence,
            }),
        }));
        File.WriteAllLines(Path.Combine(outDir, "system.jsonl"), lines);
    }

    private static string? Name(ArticleResult r, string? slug) => slug is null ? null : r.Names.TryGetValue(slug, out var n) ? n : slug;

    private static string Shorten(string s) => s.Length <= 160 ? s : s[..160] + "…";
}
