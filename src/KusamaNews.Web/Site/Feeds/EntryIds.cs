using System.Security.Cryptography;
using System.Text;

namespace KusamaNews.Web.Site.Feeds;

/// <summary>
/// Atom ids that never change: name-based (version 5) UUIDs of what an entry is ("issue/2024-06"),
/// not of where it is served, so a new host name or Site:PublicUrl does not make feed readers see
/// every entry again.
/// </summary>
public static class EntryIds
{
    // Chosen once for Kusama News; changing it would change every id.
    private static readonly Guid Namespace = new("0539d94d-e598-4edc-98d6-6e85d719ccf7");

    public static string For(string name)
    {
        var bytes = Namespace.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(name)).ToArray();
#pragma warning disable CA5350 // RFC 9562 defines version 5 UUIDs with SHA-1; this is a name, not a secret.
        var hash = SHA1.HashData(bytes);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return $"urn:uuid:{new Guid(hash.AsSpan(0, 16), bigEndian: true)}";
    }
}
