using TalentWatch.Web.Feeds;

namespace TalentWatch.Web.Tests.Feeds;

public sealed class PooledBufferStreamTests
{
    [Fact]
    public void Bytes_written_past_the_first_buffer_come_back_whole_and_in_order()
    {
        var expected = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7)).ToArray();
        using var stream = new PooledBufferStream();

        // Uneven pieces, a single byte among them, so growth happens mid-piece.
        stream.Write(expected, 0, 1);
        stream.WriteByte(expected[1]);
        for (var offset = 2; offset < expected.Length; offset += 12_345)
        {
            stream.Write(expected.AsSpan(offset, Math.Min(12_345, expected.Length - offset)));
        }

        Assert.Equal(expected.Length, stream.Length);
        Assert.Equal(expected, stream.ToArray());
    }
}
