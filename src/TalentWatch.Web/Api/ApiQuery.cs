using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TalentWatch.Web.Api;

/// <summary>
/// The API's number and flag parameters, bound as text and read here: a value that does not parse is a 400 whose
/// problem+json detail names the parameter and the value, where the framework's binding would answer a bare 400 (or,
/// in Development, throw).
/// </summary>
public static class ApiQuery
{
    public static IResult BadRequest(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>A 400 naming every value that did not read, or null when all did.</summary>
    public static IResult? BadRequest(IReadOnlyList<Timeline.FilterProblem> problems) =>
        problems.Count == 0 ? null : BadRequest(string.Join(" ", problems.Select(p => p.Detail)));

    /// <summary>The value as given, in quotes, cut short if long: enough to recognise, never a second copy of a huge query.</summary>
    public static string Quote(string? text)
    {
        const int Max = 100;
        text ??= string.Empty;
        return "\"" + (text.Length <= Max ? text : string.Concat(text.AsSpan(0, Max), "…")) + "\"";
    }

    /// <summary>A whole number, or null when absent or empty.</summary>
    public static bool TryWhole(string? text, string name, out int? value, [NotNullWhen(false)] out IResult? problem)
    {
        value = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }
        problem = BadRequest($"{name} must be a whole number, not {Quote(text)}.");
        return false;
    }

    /// <summary>true or false (any case), or null when absent or empty.</summary>
    public static bool TryFlag(string? text, string name, out bool? value, [NotNullWhen(false)] out IResult? problem)
    {
        value = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (bool.TryParse(text, out var parsed))
        {
            value = parsed;
            return true;
        }
        problem = BadRequest($"{name} must be true or false, not {Quote(text)}.");
        return false;
    }
}
