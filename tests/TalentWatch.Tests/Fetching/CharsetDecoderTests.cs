using System.Text;
using TalentWatch.Fetching;

namespace TalentWatch.Tests.Fetching;

public sealed class CharsetDecoderTests
{
    // Letters present in both windows-1256 and ISO-8859-6.
    internal const string Arabic = "خبر عاجل: انتقال باحث إلى مختبر جديد";

    static CharsetDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    internal static byte[] Encode(string text, string encoding) => Encoding.GetEncoding(encoding).GetBytes(text);

    [Fact]
    public void Header_charset_is_used()
    {
        var body = Encode(Arabic, "windows-1256");

        Assert.Equal(Arabic, CharsetDecoder.Decode(body, "text/html; charset=windows-1256"));
        Assert.Equal(Arabic, CharsetDecoder.Decode(body, "text/html; Charset=\"CP1256\""));
    }

    [Fact]
    public void Header_charset_wins_over_meta()
    {
        var body = Encoding.UTF8.GetBytes($"<meta charset=\"windows-1256\"><p>{Arabic}</p>");

        Assert.Contains(Arabic, CharsetDecoder.Decode(body, "text/html; charset=utf-8"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("iso-8859-1")]
    [InlineData("latin1")]
    [InlineData("us-ascii")]
    public void Latin1_labels_mean_windows_1252_as_in_browsers(string label) =>
        Assert.Equal("“quoted”", CharsetDecoder.Decode([0x93, .. "quoted"u8, 0x94], $"text/html; charset={label}"));

    [Fact]
    public void Utf8_alias_is_understood() =>
        Assert.Equal(Arabic, CharsetDecoder.Decode(Encoding.UTF8.GetBytes(Arabic), "text/html; charset=utf8"));

    [Fact]
    public void Utf8_bom_is_detected_and_stripped() =>
        Assert.Equal(Arabic, CharsetDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Arabic)], "text/html"));

    [Fact]
    public void Utf16_bom_is_detected() =>
        Assert.Equal(Arabic, CharsetDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Arabic)], null));

    [Fact]
    public void Meta_charset_selects_windows_1256()
    {
        var html = $"<!doctype html><html><head><title>x</title><meta charset=\"windows-1256\"></head><body>{Arabic}</body></html>";

        Assert.Contains(Arabic, CharsetDecoder.Decode(Encode(html, "windows-1256"), "text/html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Http_equiv_meta_selects_iso_8859_6()
    {
        var html = $"<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-6\"></head><body>{Arabic}</body></html>";

        Assert.Contains(Arabic, CharsetDecoder.Decode(Encode(html, "iso-8859-6"), null), StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_declaration_selects_encoding()
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss><channel><title>{Arabic}</title></channel></rss>";

        Assert.Contains(Arabic, CharsetDecoder.Decode(Encode(xml, "windows-1256"), "application/rss+xml"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/html; charset=x-klingon")]
    [InlineData("text/html; charset=")]
    [InlineData("text/html")]
    [InlineData(null)]
    public void Unknown_or_missing_charset_falls_back_to_utf8(string? contentType) =>
        Assert.Equal(Arabic, CharsetDecoder.Decode(Encoding.UTF8.GetBytes(Arabic), contentType));

    [Fact]
    public void Meta_claiming_utf16_is_read_as_utf8()
    {
        var html = $"<meta charset=\"utf-16\"><p>{Arabic}</p>";

        Assert.Contains(Arabic, CharsetDecoder.Decode(Encoding.UTF8.GetBytes(html), null), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_bytes_never_throw() =>
        Assert.Equal("a\uFFFDb", CharsetDecoder.Decode([(byte)'a', 0xFF, (byte)'b'], "text/plain; charset=utf-8"));
}
