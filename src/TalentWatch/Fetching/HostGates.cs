using System.Collections.Concurrent;

namespace TalentWatch.Fetching;

/// <summary>
/// Politeness per host: one request at a time, and a pause between the end of one request and the start of the next.
/// </summary>
internal sealed class HostGates : IDisposable
{
    private readonly ConcurrentDictionary<string, Gate> gates = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeSpan delay;
    private readonly TimeProvider time;

    public HostGates(TimeSpan delay, TimeProvider time)
    {
        this.delay = delay;
        this.time = time;
    }

    /// <summary>Waits for the host's turn; dispose the lease when the exchange (body included) is over.</summary>
    public async Task<IDisposable> EnterAsync(string host, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(host, _ => new Gate());
        await gate.Semaphore.WaitAsync(cancellationToken);
        try
        {
            if (gate.LastEnded is { } ended)
            {
                // Timers truncate to whole milliseconds and may fire a tick early, so re-check against the
                // monotonic clock: the delay is a promise to the site, not an approximation.
                TimeSpan remaining;
                while ((remaining = delay - time.GetElapsedTime(ended)) > TimeSpan.Zero)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(remaining.TotalMilliseconds)), time, cancellationToken);
                }
            }
        }
        catch
        {
            gate.Semaphore.Release();
            throw;
        }

        return new Lease(gate, time);
    }

    public void Dispose()
    {
        foreach (var gate in gates.Values)
        {
            gate.Dispose();
        }
    }

    private sealed class Gate : IDisposable
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        // A TimeProvider timestamp, written under the semaphore and read by the next holder after it acquires it.
        public long? LastEnded { get; set; }

        public void Dispose() => Semaphore.Dispose();
    }

    private sealed class Lease(Gate gate, TimeProvider time) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            // One release per lease even if disposed twice, or the gate would admit two requests at once.
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.LastEnded = time.GetTimestamp();
                gate.Semaphore.Release();
            }
        }
    }
}
