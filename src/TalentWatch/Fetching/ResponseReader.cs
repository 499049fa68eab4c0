using System.Buffers;
using System.Net.Http.Headers;

namespace TalentWatch.Fetching;

/// <summary>Reads what the fetcher keeps from a response: a capped body, validators and Retry-After.</summary>
internal static class ResponseReader
{
    private const int ChunkBytes = 64 * 1024;
    private const int InitialCapacityLimit = 1024 * 1024;

    /// <summary>Copies the decompressed body; returns null as soon as it would pass maxBytes (gzip bombs included).</summary>
    public static async Task<byte[]?> ReadCappedAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        // Decompressed content carries no Content-Length, so this early check only catches plain bodies.
        var declared = content.Headers.ContentLength;
        if (declared > maxBytes)
        {
            return null;
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        // Pre-size from Content-Length, but never trust a claim for more than a modest first allocation.
        using var buffer = new MemoryStream((int)Math.Min(declared ?? ChunkBytes, Math.Min(maxBytes, InitialCapacityLimit)));
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>Retry-After as a delay, from either delta-seconds or an HTTP date (past dates give zero).</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        if (response.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        if (header.Delta is { } delta)
        {
            return delta;
        }

        return header.Date is { } date ? (date > now ? date - now : TimeSpan.Zero) : null;
    }

    /// <summary>The header exactly as sent (validators are echoed back verbatim, even slightly malformed ones).</summary>
    public static string? Raw(HttpHeadersNonValidated headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.ToString() : null;
}
