// Hot path: docs/PERFORMANCE.md, "Query latency": search_rank with row lengths read once per archive version, search p99 8.28 ms against 23.79 ms for FTS5's bm25() top 20 on 12,000 issues; benchmark (search-latency) before you change this.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KusamaNews.Web.Features.Search.Ranking;

/// <summary>
/// The search_rank function on one connection. It computes bm25 exactly as FTS5's own bm25()
/// does (fts5_aux.c: k1 = 1.2, b = 0.75, idf from the phrase's row count, per-column weights
/// from its arguments), with one difference: a row's length comes from <see cref="DocumentLengths"/>,
/// read once per archive version, instead of a query on SearchIndex_docsize per row, which is
/// most of what bm25() costs on a frequent word. It also hands every row to a
/// <see cref="ResultCollector"/>, so the totals and the grouping by issue cost no second pass.
/// </summary>
internal sealed unsafe class RankingSession
{
    public const string FunctionName = "search_rank";

    private const double K1 = 1.2;
    private const double B = 0.75;

    private ResultCollector? collector;
    private DocumentLengths? lengths;
    private int lengthCursor;
    private bool prepared;
    private double[] idf = [];
    private double[] frequency = [];
    private double[] weights = [];
    private double averageLength;
    private long lastRowid = long.MinValue;
    private double lastScore;

    /// <summary>What went wrong inside the function, for the caller that sees only SQLITE_ERROR.</summary>
    public Exception? Failure { get; private set; }

    /// <summary>Registers search_rank on a connection; false when its SQLite has no FTS5 API.</summary>
    public static bool TryRegister(IntPtr db, RankingSession session)
    {
        var api = Fts5Interop.GetApi(db);
        if (api == null || api->Version < 2)
            return false;
        var handle = GCHandle.Alloc(session);
        fixed (byte* name = "search_rank\0"u8)
        {
            var rc = api->CreateFunction(api, name, GCHandle.ToIntPtr(handle),
                (IntPtr)(delegate* unmanaged[Cdecl]<Fts5Interop.ExtensionApi*, IntPtr, IntPtr, int, IntPtr*, void>)&Rank,
                (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, void>)&Fts5Interop.FreeHandle);
            if (rc == Fts5Interop.Ok)
                return true;
        }
        handle.Free();
        return false;
    }

    /// <summary>Makes the next statement's rows go to <paramref name="target"/>.</summary>
    public void Begin(ResultCollector target, DocumentLengths rowLengths)
    {
        collector = target;
        lengths = rowLengths;
        lengthCursor = 0;
        lastRowid = long.MinValue;
        prepared = false;
        Failure = null;
    }

    public void End()
    {
        collector = null;
        lengths = null;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Rank(Fts5Interop.ExtensionApi* api, IntPtr fts, IntPtr context, int valueCount, IntPtr* values)
    {
        RankingSession? session = null;
        try
        {
            session = (RankingSession)GCHandle.FromIntPtr(api->UserData(fts)).Target!;
            var rc = session.Score(api, fts, valueCount, values, out var score);
            if (rc == Fts5Interop.Ok)
                Fts5Interop.ResultDouble(context, score);
            else
                Fts5Interop.ResultErrorCode(context, rc);
        }
        catch (Exception ex)
        {
            // Nothing may unwind into SQLite's C frames: report it as an SQL error instead.
            session?.Failure = ex;
            Fts5Interop.ResultErrorCode(context, Fts5Interop.Error);
        }
    }

    private int Score(Fts5Interop.ExtensionApi* api, IntPtr fts, int valueCount, IntPtr* values, out double score)
    {
        score = 0;
        var rowid = api->Rowid(fts);
        if (rowid == lastRowid)
        {
            score = lastScore; // asked twice for one row: count it once
            return Fts5Interop.Ok;
        }
        int rc;
        if (!prepared && (rc = Prepare(api, fts, valueCount, values)) != Fts5Interop.Ok)
            return rc;

        Array.Clear(frequency);
        int instances;
        if ((rc = api->InstCount(fts, &instances)) != Fts5Interop.Ok)
            return rc;
        for (var i = 0; i < instances; i++)
        {
            int phrase, column, offset;
            if ((rc = api->Inst(fts, i, &phrase, &column, &offset)) != Fts5Interop.Ok)
                return rc;
            frequency[phrase] += column < weights.Length ? weights[column] : 1.0;
        }

        double length = lengths?.Find(rowid, ref lengthCursor) ?? -1;
        if (length < 0)
        {
            int tokens;
            if ((rc = api->ColumnSize(fts, -1, &tokens)) != Fts5Interop.Ok)
                return rc;
            length = tokens;
        }

        for (var i = 0; i < idf.Length; i++)
            score += idf[i] * ((frequency[i] * (K1 + 1.0)) / (frequency[i] + K1 * (1 - B + B * length / averageLength)));
        score = -score;
        collector?.Add(rowid, -score);
        (lastRowid, lastScore) = (rowid, score);
        return Fts5Interop.Ok;
    }

    /// <summary>Once per statement, as fts5Bm25GetData does: the weights, the average row length and each phrase's idf.</summary>
    private int Prepare(Fts5Interop.ExtensionApi* api, IntPtr fts, int valueCount, IntPtr* values)
    {
        weights = new double[valueCount];
        for (var i = 0; i < valueCount; i++)
            weights[i] = Fts5Interop.ValueDouble(values[i]);

        var phrases = api->PhraseCount(fts);
        idf = new double[phrases];
        frequency = new double[phrases];
        long rows, tokens;
        int rc;
        if ((rc = api->RowCount(fts, &rows)) != Fts5Interop.Ok || (rc = api->ColumnTotalSize(fts, -1, &tokens)) != Fts5Interop.Ok)
            return rc;
        averageLength = (double)tokens / rows;
        for (var i = 0; i < phrases; i++)
        {
            long hits = 0;
            if ((rc = api->QueryPhrase(fts, i, &hits, &Fts5Interop.CountRow)) != Fts5Interop.Ok)
                return rc;
            var value = Math.Log((rows - hits + 0.5) / (hits + 0.5));
            idf[i] = value <= 0.0 ? 1e-6 : value;
        }
        prepared = true;
        return Fts5Interop.Ok;
    }
}
