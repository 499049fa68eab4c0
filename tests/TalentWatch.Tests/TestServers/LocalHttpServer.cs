using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TalentWatch.Tests.TestServers;

/// <summary>
/// A tiny HTTP/1.1 server on a raw TcpListener bound to a free loopback port, for tests that need real sockets and
/// full control over bytes and timing (redirects, drips, bombs, lying headers). One request per connection
/// ("Connection: close"); handlers are mapped per path; unmapped paths get Fallback (404 by default).
/// </summary>
public sealed class LocalHttpServer : IAsyncDisposable
{
    private const int MaxHeadBytes = 64 * 1024;

    private readonly TcpListener listener;
    private readonly ConcurrentDictionary<string, Func<LocalRequest, CancellationToken, Task<LocalResponse>>> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<LocalRequest> requests = new();
    private readonly ConcurrentDictionary<Task, bool> connections = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task acceptLoop;

    /// <param name="address">Loopback only (127.0.0.0/8 or ::1): tests must never listen on or reach other networks.</param>
    public LocalHttpServer(IPAddress? address = null)
    {
        address ??= IPAddress.Loopback;
        if (!IPAddress.IsLoopback(address))
        {
            throw new ArgumentException("Test servers bind loopback addresses only.", nameof(address));
        }

        listener = new TcpListener(address, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var host = address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        BaseUrl = new Uri($"http://{host}:{Port}/");
        acceptLoop = AcceptLoopAsync();
    }

    public int Port { get; }

    public Uri BaseUrl { get; }

    /// <summary>Answer for paths without a handler.</summary>
    public LocalResponse Fallback { get; set; } = LocalResponse.Status(404);

    /// <summary>Every request received so far, in arrival order.</summary>
    public IReadOnlyList<LocalRequest> Requests => [.. requests];

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    public IReadOnlyList<LocalRequest> RequestsTo(string path) => [.. requests.Where(r => r.Path == path)];

    /// <summary>Serve the same response for every request to the path (query ignored).</summary>
    public LocalHttpServer Map(string path, LocalResponse response) => Map(path, (_, _) => Task.FromResult(response));

    public LocalHttpServer Map(string path, Func<LocalRequest, LocalResponse> handler) =>
        Map(path, (request, _) => Task.FromResult(handler(request)));

    public LocalHttpServer Map(string path, Func<LocalRequest, CancellationToken, Task<LocalResponse>> handler)
    {
        routes[path] = handler;
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await acceptLoop;
        try
        {
            await Task.WhenAll(connections.Keys).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            // A handler ignoring cancellation must not hang the test run; its socket dies with the process.
        }

        stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var task = ServeAsync(client);
            connections[task] = true;
            _ = task.ContinueWith(t => connections.TryRemove(t, out _), TaskScheduler.Default);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        var ct = stop.Token;
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequestAsync(stream, ct);
                if (request is null)
                {
                    return;
                }

                requests.Enqueue(request);
                var response = routes.TryGetValue(request.Path, out var handler)
                    ? await handler(request, ct)
                    : Fallback;
                if (response.HeaderDelay > TimeSpan.Zero)
                {
                    await Task.Delay(response.HeaderDelay, ct);
                }

                await stream.WriteAsync(Head(response), ct);
                if (response.StreamBody is { } writeBody)
                {
                    await writeBody(stream, ct);
                }
                else if (request.Method != "HEAD")
                {
                    await stream.WriteAsync(response.Body, ct);
                }

                await stream.FlushAsync(ct);
                client.Client.Shutdown(SocketShutdown.Send);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client hung up (timeouts, size caps) or the server is stopping: both are expected in tests.
            }
        }
    }

    private static async Task<LocalRequest?> ReadRequestAsync(NetworkStream stream, CancellationToken ct)
    {
        var buffer = new byte[MaxHeadBytes];
        var length = 0;
        int end;
        while ((end = IndexOfHeadEnd(buffer.AsSpan(0, length))) < 0)
        {
            if (length == buffer.Length)
            {
                return null;
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length), ct);
            if (read == 0)
            {
                return null;
            }

            length += read;
        }

        var timestamp = Stopwatch.GetTimestamp();
        var lines = Encoding.Latin1.GetString(buffer, 0, end).Split("\r\n");
        var requestLine = lines[0].Split(' ');
        if (requestLine.Length < 2)
        {
            return null;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                var name = line[..colon].Trim();
                var value = line[(colon + 1)..].Trim();
                headers[name] = headers.TryGetValue(name, out var earlier) ? $"{earlier}, {value}" : value;
            }
        }

        var target = requestLine[1];
        var question = target.IndexOf('?', StringComparison.Ordinal);
        var path = question >= 0 ? target[..question] : target;
        var query = question >= 0 ? target[question..] : "";
        return new LocalRequest(requestLine[0], target, path, query, headers, timestamp);
    }

    private static int IndexOfHeadEnd(ReadOnlySpan<byte> data) => data.IndexOf("\r\n\r\n"u8);

    private static byte[] Head(LocalResponse response)
    {
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {response.StatusCode} {response.ReasonPhrase ?? DefaultReason(response.StatusCode)}\r\n");
        foreach (var (name, value) in response.Headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        var hasLength = response.Headers.Any(h => h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase));
        var bodyless = response.StatusCode is 204 or 304 || response.StatusCode < 200;
        if (!hasLength && !bodyless && response.StreamBody is null)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Length: {response.Body.Length}\r\n");
        }

        head.Append("Connection: close\r\n\r\n");
        return Encoding.Latin1.GetBytes(head.ToString());
    }

    // "TooManyRequests" -> "Too Many Requests"; "OK" stays "OK".
    private static string DefaultReason(int statusCode)
    {
        var name = ((HttpStatusCode)statusCode).ToString();
        if (int.TryParse(name, CultureInfo.InvariantCulture, out _) || name == "OK")
        {
            return name == "OK" ? name : "Status";
        }

        var words = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(c);
        }

        return words.ToString();
    }
}
