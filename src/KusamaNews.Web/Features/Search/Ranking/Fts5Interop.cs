// Hot path: docs/PERFORMANCE.md, "Query latency": the per-row FTS5 calls skip the GC transition, most of a managed rank function's per-row cost; benchmark (search-latency) before you change this.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KusamaNews.Web.Features.Search.Ranking;

/// <summary>
/// The few SQLite and FTS5 C entry points the rank function needs, from the same e_sqlite3 library
/// Microsoft.Data.Sqlite loads (SQLitePCLRaw exposes neither sqlite3_bind_pointer nor the FTS5 API).
/// The structs mirror fts5.h (as of SQLite 3.35; both only ever grow at the end, so a newer SQLite
/// reads the same). A library without these entry points makes the ranker fall back to bm25().
/// </summary>
internal static unsafe partial class Fts5Interop
{
    private const string Library = "e_sqlite3";

    public const int Ok = 0;
    public const int Error = 1;
    public const int Row = 100;

    [LibraryImport(Library, EntryPoint = "sqlite3_prepare_v2")]
    public static partial int Prepare(IntPtr db, byte* sql, int length, IntPtr* statement, IntPtr tail);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_pointer")]
    public static partial int BindPointer(IntPtr statement, int index, void* pointer, byte* type, IntPtr destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    public static partial int Step(IntPtr statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_finalize")]
    public static partial int Finalize(IntPtr statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_result_double")]
    [SuppressGCTransition]
    public static partial void ResultDouble(IntPtr context, double value);

    [LibraryImport(Library, EntryPoint = "sqlite3_result_error_code")]
    [SuppressGCTransition]
    public static partial void ResultErrorCode(IntPtr context, int code);

    [LibraryImport(Library, EntryPoint = "sqlite3_value_double")]
    [SuppressGCTransition]
    public static partial double ValueDouble(IntPtr value);

    /// <summary>fts5_api: how an extension registers an auxiliary function.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Api
    {
        public int Version;
        public IntPtr CreateTokenizer;
        public IntPtr FindTokenizer;
        public delegate* unmanaged[Cdecl]<Api*, byte*, IntPtr, IntPtr, IntPtr, int> CreateFunction;
    }

    /// <summary>
    /// Fts5ExtensionApi: what an auxiliary function may ask about the current row. The per-row calls
    /// are short and never call back into .NET, so they skip the GC transition; the per-row cost of
    /// a managed rank function is mostly these transitions.
    /// </summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct ExtensionApi
    {
        public int Version;
        public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, IntPtr> UserData;
        public delegate* unmanaged[Cdecl]<IntPtr, int> ColumnCount;
        public delegate* unmanaged[Cdecl]<IntPtr, long*, int> RowCount;
        public delegate* unmanaged[Cdecl]<IntPtr, int, long*, int> ColumnTotalSize;
        public IntPtr Tokenize;
        public delegate* unmanaged[Cdecl]<IntPtr, int> PhraseCount;
        public IntPtr PhraseSize;
        public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int*, int> InstCount;
        public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, int*, int*, int*, int> Inst;
        public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, long> Rowid;
        public IntPtr ColumnText;
        public delegate* unmanaged[Cdecl]<IntPtr, int, int*, int> ColumnSize;
        public delegate* unmanaged[Cdecl]<IntPtr, int, void*, delegate* unmanaged[Cdecl]<ExtensionApi*, IntPtr, void*, int>, int> QueryPhrase;
    }

    /// <summary>The fts5_api of a connection, or null when its SQLite has no FTS5.</summary>
    public static Api* GetApi(IntPtr db)
    {
        Api* api = null;
        IntPtr statement;
        fixed (byte* sql = "SELECT fts5(?1)\0"u8)
        fixed (byte* type = "fts5_api_ptr\0"u8)
        {
            if (Prepare(db, sql, -1, &statement, IntPtr.Zero) != Ok)
                return null;
            var stepped = BindPointer(statement, 1, &api, type, IntPtr.Zero) == Ok && Step(statement) == Row;
            if (Finalize(statement) != Ok || !stepped)
                return null;
        }
        return api;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    public static int CountRow(ExtensionApi* api, IntPtr fts, void* count)
    {
        (*(long*)count)++;
        return Ok;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    public static void FreeHandle(IntPtr handle) => GCHandle.FromIntPtr(handle).Free();
}
