// Hot path: docs/PERFORMANCE.md, "Tagging without the garbage" (8d7f8a3): a new list of a text's words a section was 300 MB of a full build's 1.35 GB allocated; tagging a quarter of the corpus 100 -> 74 ms, 97 -> 43 MB; benchmark before you change this.
namespace KusamaNews.Ingestion.HotPaths;

/// <summary>
/// Each thread's one list of <typeparamref name="T"/>, used again for the next text instead of a
/// new list each time. An unusually long text's list is let go after it.
/// </summary>
internal static class ThreadLists<T>
{
    private const int MaxKept = 64 * 1024;

    [ThreadStatic]
    private static List<T>? perThread;

    /// <summary>This thread's list, as the last text left it: the caller clears or overwrites it.</summary>
    public static List<T> Take() => perThread ??= new List<T>(1024);

    /// <summary>Done with the list: kept for the next text unless it grew past <see cref="MaxKept"/>.</summary>
    public static void Done(List<T> list)
    {
        if (list.Capacity > MaxKept)
            perThread = null;
    }
}
