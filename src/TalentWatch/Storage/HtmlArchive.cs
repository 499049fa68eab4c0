using System.IO.Compression;
using System.Text;

namespace TalentWatch.Storage;

/// <summary>Gzip for stored pages: article HTML compresses about five to one.</summary>
public static class HtmlArchive
{
    public static byte[] Compress(string html)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(html));
        }
        return buffer.ToArray();
    }

    public static string Decompress(byte[] gzipped)
    {
        using var gzip = new GZipStream(new MemoryStream(gzipped), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
