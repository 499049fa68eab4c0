namespace TalentWatch.Entities;

/// <summary>
/// Aho-Corasick automaton over normalised strings: one left-to-right pass over a text finds every occurrence of
/// every pattern, so matching cost depends on the text length and the number of hits, not on the pattern count.
/// </summary>
public sealed class AhoCorasick
{
    // Transitions of all nodes live in one dictionary keyed by (node, char): far less memory than a dictionary
    // per node when the catalog is inflated to 100k aliases.
    private readonly Dictionary<long, int> transitions = [];
    private readonly List<int> failure = [0];
    private readonly List<int> output = [-1];
    private readonly List<int> outputLink = [-1];
    private readonly List<int> depth = [0];

    // After Build the transitions are frozen into a compact layout: the root gets a dense table over the
    // Latin/Arabic range (most steps in running text fall back to the root), every other node a sorted slice
    // of (char, child) pairs. This keeps the hot loop off a huge hash table whose probes miss the cache.
    private const int DenseRange = 0x0700;
    private int[] rootTable = [];
    private int[] childStart = [];
    private char[] childChars = [];
    private int[] childNodes = [];
    private bool built;

    public int PatternCount { get; private set; }

    /// <summary>Adds a pattern and returns its id (0, 1, 2...). Adding the same string twice returns the first id.</summary>
    public int Add(string pattern)
    {
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        if (built)
        {
            throw new InvalidOperationException("The automaton is already built.");
        }

        var node = 0;
        foreach (var c in pattern)
        {
            var key = Key(node, c);
            if (!transitions.TryGetValue(key, out var next))
            {
                next = failure.Count;
                failure.Add(0);
                output.Add(-1);
                outputLink.Add(-1);
                depth.Add(depth[node] + 1);
                transitions[key] = next;
            }

            node = next;
        }

        if (output[node] < 0)
        {
            output[node] = PatternCount++;
        }

        return output[node];
    }

    /// <summary>Computes failure and output links (breadth-first). Call once after the last <see cref="Add"/>.</summary>
    public void Build()
    {
        if (built)
        {
            return;
        }

        Freeze();
        built = true;
        var queue = new Queue<int>();
        queue.Enqueue(0);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            for (var k = childStart[node]; k < childStart[node + 1]; k++)
            {
                var (c, child) = (childChars[k], childNodes[k]);
                failure[child] = node == 0 ? 0 : Step(failure[node], c);
                var fail = failure[child];
                outputLink[child] = output[fail] >= 0 ? fail : outputLink[fail];
                queue.Enqueue(child);
            }
        }
    }

    private void Freeze()
    {
        var nodes = failure.Count;
        var entries = transitions.Select(t => (Parent: (int)(t.Key >> 16), C: (char)(t.Key & 0xFFFF), Child: t.Value))
            .OrderBy(t => t.Parent).ThenBy(t => t.C).ToArray();
        childStart = new int[nodes + 1];
        childChars = new char[entries.Length];
        childNodes = new int[entries.Length];
        rootTable = new int[DenseRange];
        for (var k = 0; k < entries.Length; k++)
        {
            childStart[entries[k].Parent + 1]++;
            childChars[k] = entries[k].C;
            childNodes[k] = entries[k].Child;
            if (entries[k].Parent == 0 && entries[k].C < DenseRange)
            {
                rootTable[entries[k].C] = entries[k].Child;
            }
        }

        for (var n = 0; n < nodes; n++)
        {
            childStart[n + 1] += childStart[n];
        }

        transitions.Clear();
        transitions.TrimExcess();
    }

    /// <summary>The state after reading <paramref name="c"/> in <paramref name="state"/> (start state is 0).</summary>
    public int Step(int state, char c)
    {
        if (!built)
        {
            throw new InvalidOperationException("Build the automaton first.");
        }

        while (state != 0)
        {
            var next = Child(state, c);
            if (next > 0)
            {
                return next;
            }

            state = failure[state];
        }

        return c < DenseRange ? rootTable[c] : Child(0, c);
    }

    // Child of node on c, or 0 (the root is never a child). Slices are short except near the root.
    private int Child(int node, char c)
    {
        var lo = childStart[node];
        var hi = childStart[node + 1] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var m = childChars[mid];
            if (m == c)
            {
                return childNodes[mid];
            }

            if (m < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// First hit node for <paramref name="state"/>, or -1: the longest pattern ending here. Walk the rest with
    /// <see cref="NextHit"/> (shorter patterns ending at the same place), reading <see cref="PatternOf"/> and
    /// <see cref="LengthOf"/>. Node ids instead of an enumerator keep the hot loop allocation-free.
    /// </summary>
    public int FirstHit(int state) => output[state] >= 0 ? state : outputLink[state];

    public int NextHit(int hitNode) => outputLink[hitNode];

    public int PatternOf(int hitNode) => output[hitNode];

    public int LengthOf(int hitNode) => depth[hitNode];

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
