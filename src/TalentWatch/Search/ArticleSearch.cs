using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using TalentWatch.Entities;

namespace TalentWatch.Search;

/// <summary>
/// Full-text search over articles: an FTS5 table (ArticleSearch) holds a normalised copy of each title and text,
/// kept in sync by triggers on Articles that call <see cref="FunctionName"/>. Normalising both sides with the
/// entity matcher's rules is what makes أ/ا/إ, ة/ه and diacritics irrelevant to a query.
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
    /// Turns what a reader typed into an FTS5 query: normalised, every token a quoted phrase (so FTS5 operators and
    /// punctuation in the input are just text), all tokens required. Null when nothing searchable is left.
    /// </summary>
    public static string? ToMatchQuery(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }
        var tokens = TextNormalizer.NormalizeName(input).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return null;
        }
        var query = new StringBuilder();
        foreach (var token in tokens.Take(16))
        {
            query.Append(query.Length == 0 ? "\"" : " \"").Append(token.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        return query.ToString();
    }
}
