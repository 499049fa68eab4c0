using System.Text;

namespace TalentWatch.Tests.TestServers;

/// <summary>What LocalHttpServer sends: status, headers, then a fixed body or a streamed one.</summary>
public sealed class LocalResponse
{
    public int StatusCode { get; init; } = 200;

    /// <summary>Defaults to the standard phrase for the status code.</summary>
    public string? ReasonPhrase { get; init; }

    public IList<KeyValuePair<string, string>> Headers { get; } = [];

    public byte[] Body { get; init; } = [];

    /// <summary>
    /// Writes the body after the headers instead of Body, for drips, bombs and other slow or endless bodies. The
    /// response then has no Content-Length (unless set in Headers) and ends when the connection closes. The token
    /// fires when the server stops; writes fail once the client hangs up.
    /// </summary>
    public Func<Stream, CancellationToken, Task>? StreamBody { get; init; }

    /// <summary>Wait before sending anything, e.g. to make a client time out waiting for headers.</summary>
    public TimeSpan HeaderDelay { get; init; }

    public LocalResponse WithHeader(string name, string value)
    {
        Headers.Add(new(name, value));
        return this;
    }

    public static LocalResponse Status(int statusCode) => new() { StatusCode = statusCode };

    public static LocalResponse Text(string text, string contentType = "text/plain; charset=utf-8", int statusCode = 200) =>
        Bytes(Encoding.UTF8.GetBytes(text), contentType, statusCode);

    public static LocalResponse Bytes(byte[] body, string? contentType, int statusCode = 200)
    {
        var response = new LocalResponse { StatusCode = statusCode, Body = body };
        return contentType is null ? response : response.WithHeader("Content-Type", contentType);
    }

    public static LocalResponse Redirect(string location, int statusCode = 302) =>
        new LocalResponse { StatusCode = statusCode }.WithHeader("Location", location);

    /// <summary>Sends one chunk every interval until the client hangs up or the server stops.</summary>
    public static LocalResponse Drip(byte[] chunk, TimeSpan interval, string contentType = "text/html") =>
        new LocalResponse
        {
            StreamBody = async (stream, ct) =>
            {
                while (!ct.IsCancellationRequested)
                {
                    await stream.WriteAsync(chunk, ct);
                    await stream.FlushAsync(ct);
                    await Task.Delay(interval, ct);
                }
            },
        }.WithHeader("Content-Type", contentType);
}
