using KusamaNews.Web.Operations.Caching;
using Microsoft.Extensions.Primitives;

namespace KusamaNews.Web.Tests.Operations;

/// <summary>The kept copy a request's Accept-Encoding asks for (RFC 9110 12.5.3).</summary>
public sealed class AcceptEncodingTests
{
    [Theory]
    [InlineData("gzip, deflate, br", ContentCoding.Brotli)]
    [InlineData("gzip, deflate, br, zstd", ContentCoding.Brotli)]
    [InlineData("br", ContentCoding.Brotli)]
    [InlineData("BR", ContentCoding.Brotli)]
    [InlineData("gzip", ContentCoding.Gzip)]
    [InlineData("deflate, gzip;q=1.0, *;q=0.5", ContentCoding.Gzip)]
    [InlineData("br;q=0.5, gzip", ContentCoding.Gzip)]
    [InlineData("gzip;q=0.999, br;q=1.0", ContentCoding.Brotli)]
    [InlineData("gzip ; q=0.8 , br ; q=0.8", ContentCoding.Brotli)]
    [InlineData("gzip, br;q=0", ContentCoding.Gzip)]
    [InlineData("gzip;q=0, br;q=0", ContentCoding.Identity)]
    [InlineData("identity", ContentCoding.Identity)]
    [InlineData("identity, gzip;q=0.5", ContentCoding.Identity)]
    [InlineData("identity;q=0.5, gzip;q=0.5", ContentCoding.Gzip)]
    [InlineData("identity;q=0.9, br;q=0.5", ContentCoding.Identity)]
    [InlineData("identity;q=0, gzip;q=0", ContentCoding.Identity)]
    [InlineData("*", ContentCoding.Brotli)]
    [InlineData("*;q=0.5, identity", ContentCoding.Identity)]
    [InlineData("*;q=0, gzip", ContentCoding.Gzip)]
    [InlineData("deflate", ContentCoding.Identity)]
    [InlineData("", ContentCoding.Identity)]
    [InlineData("br;q=abc, gzip", ContentCoding.Gzip)]
    [InlineData("br;q=2, gzip", ContentCoding.Gzip)]
    [InlineData("gzip;level=1, br;q=0.1", ContentCoding.Brotli)]
    [InlineData(",, gzip ,", ContentCoding.Gzip)]
    public void PrefersTheHighestWeightAndBrotliAtEqualWeight(string acceptEncoding, ContentCoding expected) =>
        Assert.Equal(expected, AcceptEncoding.Preferred(acceptEncoding));

    [Fact]
    public void ReadsEveryAcceptEncodingLine()
    {
        Assert.Equal(ContentCoding.Gzip, AcceptEncoding.Preferred(new StringValues(["br;q=0.1", "gzip"])));
        Assert.Equal(ContentCoding.Identity, AcceptEncoding.Preferred(StringValues.Empty));
    }
}
