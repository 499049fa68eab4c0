using System.Net;

namespace TalentWatch.Fetching;

/// <summary>A completed HTTP exchange: the final URL after redirects and the (decompressed) body.</summary>
public sealed record FetchResult(
    Uri RequestedUrl,
    Uri FinalUrl,
    HttpStatusCode StatusCode,
    byte[] Body,
    string? ContentType,
    string? ETag,
    string? LastModified,
    TimeSpan Elapsed)
{
    public bool NotModified => StatusCode == HttpStatusCode.NotModified;

    /// <summary>The body decoded with the charset from the header, a BOM or a meta tag (in that order).</summary>
    public string DecodeText() => CharsetDecoder.Decode(Body, ContentType);
}

/// <summary>Validators from an earlier response, sent back as If-None-Match / If-Modified-Since.</summary>
public sealed record ConditionalHeaders(string? ETag, string? LastModified);
