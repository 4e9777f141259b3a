using Microsoft.AspNetCore.ResponseCompression;

namespace KusamaNews.Web.Tests.Operations;

/// <summary>One of ResponseCompression's providers, counted each time it starts compressing a response.</summary>
internal sealed class CountingCompressionProvider(ICompressionProvider inner, Action counted) : ICompressionProvider
{
    public string EncodingName => inner.EncodingName;

    public bool SupportsFlush => inner.SupportsFlush;

    public Stream CreateStream(Stream outputStream)
    {
        counted();
        return inner.CreateStream(outputStream);
    }
}
