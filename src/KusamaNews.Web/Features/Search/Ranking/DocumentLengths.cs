// Hot path: docs/PERFORMANCE.md, "Query latency": the per-row docsize lookup is most of what bm25() costs on a frequent word (20 ms -> 2.5 ms without it); benchmark (search-latency) before you change this.
using Dapper;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Web.Features.Search.Ranking;

/// <summary>
/// Every row's length in tokens (all columns), as FTS5 stores it in SearchIndex_docsize: a blob of
/// one SQLite varint per column. Read once per archive version; rows come in rowid order, so a
/// lookup usually moves a cursor one step.
/// </summary>
internal sealed class DocumentLengths
{
    private readonly long[] rowids;
    private readonly int[] lengths;

    private DocumentLengths(long[] rowids, int[] lengths)
    {
        this.rowids = rowids;
        this.lengths = lengths;
    }

    public int Count => rowids.Length;

    private const string SelectSizesSql = "SELECT id AS Rowid, sz AS Sizes FROM SearchIndex_docsize ORDER BY id";

    public static DocumentLengths Load(SqliteConnection connection, SqliteTransaction? transaction)
    {
        var rows = connection.Query<(long Rowid, byte[] Sizes)>(SelectSizesSql, transaction: transaction).AsList();
        var rowids = new long[rows.Count];
        var lengths = new int[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            rowids[i] = rows[i].Rowid;
            lengths[i] = SumOfVarints(rows[i].Sizes);
        }
        return new DocumentLengths(rowids, lengths);
    }

    /// <summary>The row's length, or -1 when it is not known (the caller asks FTS5 instead).</summary>
    public int Find(long rowid, ref int cursor)
    {
        while (cursor < rowids.Length && rowids[cursor] < rowid)
            cursor++;
        if (cursor < rowids.Length && rowids[cursor] == rowid)
            return lengths[cursor];
        var index = Array.BinarySearch(rowids, rowid);
        if (index < 0)
            return -1;
        cursor = index;
        return lengths[index];
    }

    /// <summary>SQLite's varint: big-endian groups of 7 bits, high bit set on all but the last; a ninth byte gives 8.</summary>
    internal static int SumOfVarints(byte[] blob)
    {
        var total = 0L;
        var i = 0;
        while (i < blob.Length)
        {
            long value = 0;
            for (var n = 0; i < blob.Length; n++)
            {
                var b = blob[i++];
                if (n == 8)
                {
                    value = (value << 8) | b;
                    break;
                }
                value = (value << 7) | (uint)(b & 0x7F);
                if ((b & 0x80) == 0)
                    break;
            }
            total += value;
        }
        return (int)Math.Min(total, int.MaxValue);
    }
}
