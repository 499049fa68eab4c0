using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Entities;
using TalentWatch.Storage;

namespace TalentWatch.Search;

/// <summary>
/// Full-text search over articles: on SQLite an FTS5 table (ArticleSearch) holds a normalised copy of each title and
/// text, kept in sync by triggers on Articles that call <see cref="FunctionName"/>; on PostgreSQL the app writes that
/// copy (<see cref="Storage.PostgresSearchText"/>) under a GIN-indexed tsvector. Normalising both sides with the entity
/// matcher's rules is what makes أ/ا/إ, ة/ه and diacritics irrelevant to a query. Every word typed is required.
/// </summary>
public static class ArticleSearch
{
    /// <summary>The SQL function the triggers call; every connection the app opens registers it.</summary>
    public const string FunctionName = "talentwatch_normalize";

    /// <summary>
    /// Registers the normalising function on an open connection. Writers outside the app (a bare sqlite3 shell)
    /// lack it and cannot change Articles; that is the price of an index no code path can forget to update.
    /// </summary>
    public static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction<string?, string?>(FunctionName, Normalize, isDeterministic: true);
        }
    }

    public static string? Normalize(string? text) => text is null ? null : TextNormalizer.NormalizeName(text);

    /// <summary>
    /// The ids of the articles matching what the reader typed, as a subquery (the words go as a parameter). Input that
    /// leaves nothing searchable matches nothing rather than everything.
    /// </summary>
    public static IQueryable<long> Matching(TalentWatchDb db, string? input)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsNpgsql())
        {
            return SearchWords(input) is { } words
                ? db.Database.SqlQuery<long>($"SELECT \"ArticleId\" AS \"Value\" FROM \"ArticleSearch\" WHERE \"Document\" @@ plainto_tsquery('simple', {words})")
                : db.Articles.Where(a => false).Select(a => a.Id);
        }
        return ToMatchQuery(input) is { } match
            ? db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {match}")
            : db.Articles.Where(a => false).Select(a => a.Id);
    }

    /// <summary>
    /// One page of matches by relevance, ranked among the newest <paramref name="bound"/> matches only: a broad query
    /// in a large archive ranks that many rows instead of scoring and sorting every match. Empty when nothing is left to
    /// search. On PostgreSQL the rank is ts_rank. On SQLite it is the title, then the date: articles whose title holds
    /// every word lead, newest first, then the rest, newest first. FTS5's bm25 would weigh each word by how rare it is
    /// in the whole archive, and it reads every match of every word to learn that: at a million articles, 30 MB from
    /// disk and 300-450 ms for two common words, where the newest matches alone take 10 ms (docs/benchmarks.md).
    /// </summary>
    public static async Task<List<long>> RankedAsync(TalentWatchDb db, string? input, int bound, int take, int skip, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsNpgsql())
        {
            return SearchWords(input) is { } words
                ? await db.Database.SqlQuery<long>($"""
                    SELECT newest."ArticleId" AS "Value" FROM (
                        SELECT s."ArticleId", ts_rank(s."Document", q) AS rank
                        FROM "ArticleSearch" AS s, plainto_tsquery('simple', {words}) AS q
                        WHERE s."Document" @@ q ORDER BY s."ArticleId" DESC LIMIT {bound}) AS newest
                    ORDER BY newest.rank DESC, newest."ArticleId" DESC LIMIT {take} OFFSET {skip}
                    """).ToListAsync(cancellationToken)
                : [];
        }
        // FTS5 walks the matches newest first (rowid order) and stops at the bound; the title walk is held to the same
        // rowid range, so a word common in texts and rare in titles does not send it through the whole index.
        return ToMatchQuery(input) is { } match
            ? await db.Database.SqlQuery<long>($"""
                WITH newest AS (SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH {match} ORDER BY rowid DESC LIMIT {bound})
                SELECT newest.rowid AS Value FROM newest
                ORDER BY newest.rowid IN (
                    SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH {InTitle(input!)} AND rowid >= (SELECT min(rowid) FROM newest)) DESC,
                    newest.rowid DESC
                LIMIT {take} OFFSET {skip}
                """).ToListAsync(cancellationToken)
            : [];
    }

    /// <summary>The same words, each required in the title (an FTS5 column filter on every phrase).</summary>
    private static string InTitle(string input) =>
        string.Join(" AND ", Phrases(SearchWords(input)!).Select(phrase => "Title : " + phrase));

    private static IEnumerable<string> Phrases(string words) =>
        words.Split(' ').Select(word => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");

    /// <summary>The normalised words of the input, space-separated (at most 16), or null when none is left.</summary>
    public static string? SearchWords(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }
        var tokens = TextNormalizer.NormalizeName(input).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length == 0 ? null : string.Join(' ', tokens.Take(16));
    }

    /// <summary>
    /// Turns what a reader typed into an FTS5 query: normalised, every token a quoted phrase (so FTS5 operators and
    /// punctuation in the input are just text), all tokens required. Null when nothing searchable is left.
    /// </summary>
    public static string? ToMatchQuery(string? input) =>
        SearchWords(input) is { } words
            ? string.Join(' ', Phrases(words))
            : null;
}
