using System.Buffers;

namespace TalentWatch.Web.Feeds;

/// <summary>
/// A write-only stream over buffers rented from the shared pool. A growing MemoryStream allocated its way up to a 128 KB
/// buffer for each feed render, on the large object heap, so a feed under load cost a full collection every few
/// hundred requests; here the buffers are reused and only the finished bytes are allocated.
/// </summary>
internal sealed class PooledBufferStream : Stream
{
    private const int InitialSize = 64 * 1024;

    private byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int length;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => length;

    public override long Position
    {
        get => length;
        set => throw new NotSupportedException();
    }

    public byte[] ToArray() => buffer.AsSpan(0, length).ToArray();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> source)
    {
        if (length + source.Length > buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, length + source.Length));
            buffer.AsSpan(0, length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
        source.CopyTo(buffer.AsSpan(length));
        length += source.Length;
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = [];
            length = 0;
        }
        base.Dispose(disposing);
    }
}
