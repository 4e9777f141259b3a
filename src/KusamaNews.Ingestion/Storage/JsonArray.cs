using System.Text;
using System.Text.Json;

namespace KusamaNews.Ingestion.Storage;

/// <summary>
/// A list of values as a JSON array, for SQLite's json_each: one parameter however many values.
/// Written with Utf8JsonWriter, which escapes what a file name may hold and, unlike the serializer,
/// costs nothing to start in a fresh process.
/// </summary>
internal static class JsonArray
{
    public static string Of(IEnumerable<string> values) => Write(values, static (writer, value) => writer.WriteStringValue(value));

    public static string Of(IEnumerable<long> values) => Write(values, static (writer, value) => writer.WriteNumberValue(value));

    /// <summary>Pairs as arrays of two: [[2024, 6], …], each read in SQL as <c>value ->> 0</c> and <c>value ->> 1</c>.</summary>
    public static string Of(IEnumerable<(int First, int Second)> pairs) => Write(pairs, static (writer, pair) =>
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(pair.First);
        writer.WriteNumberValue(pair.Second);
        writer.WriteEndArray();
    });

    private static string Write<T>(IEnumerable<T> values, Action<Utf8JsonWriter, T> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
                write(writer, value);
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
