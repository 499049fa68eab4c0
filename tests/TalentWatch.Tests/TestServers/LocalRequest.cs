namespace TalentWatch.Tests.TestServers;

/// <summary>A request as LocalHttpServer received it.</summary>
/// <param name="Timestamp">Stopwatch.GetTimestamp() when the request head was fully read.</param>
public sealed record LocalRequest(
    string Method,
    string Target,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    long Timestamp)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
