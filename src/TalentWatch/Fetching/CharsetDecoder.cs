namespace TalentWatch.Fetching;

/// <summary>Decodes a response body: charset from Content-Type, then BOM, then meta (XML declaration for feeds), UTF-8 last.</summary>
public static class CharsetDecoder
{
    public static string Decode(byte[] body, string? contentType) => throw new NotImplementedException();
}
