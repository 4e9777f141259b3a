using System.ComponentModel.DataAnnotations;

namespace KusamaNews.Web.Operations.Caching;

/// <summary>The "ResponseCache" settings: rendered archive responses kept in memory.</summary>
public sealed class ResponseCacheOptions
{
    public const string SectionName = "ResponseCache";

    /// <summary>Memory for rendered responses, in megabytes; 0 turns the cache off.</summary>
    [Range(0, 16_384)]
    public int Megabytes { get; set; } = 64;

    /// <summary>A response larger than this (in kilobytes) is sent but not kept.</summary>
    [Range(1, 65_536)]
    public int MaxEntryKilobytes { get; set; } = 1024;
}
