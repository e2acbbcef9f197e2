using System.Globalization;
using System.Text.Json;

namespace OutcomesLab.Outcomes;

/// <summary>Reads <see cref="InstrumentDefinition"/> JSON with messages that name the key and what is allowed.</summary>
internal static class InstrumentDefinitionJson
{
    private static readonly string[] TopKeys = ["name", "citation", "items", "minimum", "maximum", "integer_responses", "reverse_scored", "max_missing_items", "scales"];
    private static readonly string[] ScaleKeys = ["name", "items", "minimum_answered", "aggregation", "multiplier", "transform"];

    public static InstrumentDefinition Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The instrument definition is not valid JSON: {ex.Message}", nameof(json), ex);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Error("(root)", "a JSON object with keys " + string.Join(", ", TopKeys), root);
            }

            CheckKeys(root, TopKeys, "");
            var items = StringArray(root, "items", required: true)!;
            var scales = new List<ScaleDefinition>();
            var scalesElement = Required(root, "scales", "");
            if (scalesElement.ValueKind != JsonValueKind.Array)
            {
                throw Error("scales", "an array of scale objects", scalesElement);
            }

            var s = 0;
            foreach (var scale in scalesElement.EnumerateArray())
            {
                var path = $"scales[{s}]";
                if (scale.ValueKind != JsonValueKind.Object)
                {
                    throw Error(path, "a scale object with keys " + string.Join(", ", ScaleKeys), scale);
                }

                CheckKeys(scale, ScaleKeys, path + ".");
                var scaleItems = StringArray(scale, "items", required: true, prefix: path + ".")!;
                var aggregation = OptionalString(scale, "aggregation", path + ".") switch
                {
                    null or "mean" => ScaleAggregation.Mean,
                    "sum" => ScaleAggregation.Sum,
                    var other => throw new ArgumentException($"\"{path}.aggregation\": expected \"mean\" or \"sum\"; found \"{other}\"."),
                };
                LinearTransform? transform = null;
                if (scale.TryGetProperty("transform", out var t))
                {
                    if (t.ValueKind != JsonValueKind.Object || !t.TryGetProperty("from", out var from) || !t.TryGetProperty("to", out var to))
                    {
                        throw Error(path + ".transform", "an object {\"from\": [lo, hi], \"to\": [lo, hi]}", t);
                    }

                    var f = Pair(from, path + ".transform.from");
                    var o = Pair(to, path + ".transform.to");
                    transform = new LinearTransform(f.Item1, f.Item2, o.Item1, o.Item2);
                }

                scales.Add(new ScaleDefinition(
                    RequiredString(scale, "name", path + "."),
                    [.. scaleItems],
                    OptionalInt(scale, "minimum_answered", path + ".") ?? scaleItems.Count,
                    aggregation,
                    OptionalNumber(scale, "multiplier", path + ".") ?? 1.0,
                    transform));
                s++;
            }

            bool integer = true;
            if (root.TryGetProperty("integer_responses", out var ir))
            {
                integer = ir.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => throw Error("integer_responses", "true or false", ir),
                };
            }

            return InstrumentDefinition.Create(
                RequiredString(root, "name", ""),
                items,
                RequiredNumber(root, "minimum"),
                RequiredNumber(root, "maximum"),
                scales,
                StringArray(root, "reverse_scored", required: false),
                OptionalInt(root, "max_missing_items", ""),
                integer,
                OptionalString(root, "citation", ""));
        }
    }

    private static void CheckKeys(JsonElement obj, string[] allowed, string prefix)
    {
        foreach (var p in obj.EnumerateObject())
        {
            if (!allowed.Contains(p.Name, StringComparer.Ordinal))
            {
                throw new ArgumentException($"\"{prefix}{p.Name}\" is not a known key; allowed keys are {string.Join(", ", allowed)}.");
            }
        }
    }

    private static JsonElement Required(JsonElement obj, string key, string prefix) =>
        obj.TryGetProperty(key, out var e) ? e : throw new ArgumentException($"\"{prefix}{key}\" is required but missing.");

    private static string RequiredString(JsonElement obj, string key, string prefix) =>
        OptionalString(obj, key, prefix) ?? throw new ArgumentException($"\"{prefix}{key}\" is required but missing.");

    private static string? OptionalString(JsonElement obj, string key, string prefix)
    {
        if (!obj.TryGetProperty(key, out var e))
        {
            return null;
        }

        return e.ValueKind == JsonValueKind.String ? e.GetString() : throw Error(prefix + key, "a string", e);
    }

    private static double RequiredNumber(JsonElement obj, string key) =>
        OptionalNumber(obj, key, "") ?? throw new ArgumentException($"\"{key}\" is required but missing.");

    private static double? OptionalNumber(JsonElement obj, string key, string prefix)
    {
        if (!obj.TryGetProperty(key, out var e))
        {
            return null;
        }

        return e.ValueKind == JsonValueKind.Number ? e.GetDouble() : throw Error(prefix + key, "a number", e);
    }

    private static int? OptionalInt(JsonElement obj, string key, string prefix)
    {
        if (!obj.TryGetProperty(key, out var e))
        {
            return null;
        }

        return e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var v) ? v : throw Error(prefix + key, "a whole number", e);
    }

    private static List<string>? StringArray(JsonElement obj, string key, bool required, string prefix = "")
    {
        if (!obj.TryGetProperty(key, out var e))
        {
            return required ? throw new ArgumentException($"\"{prefix}{key}\" is required but missing.") : null;
        }

        if (e.ValueKind != JsonValueKind.Array)
        {
            throw Error(prefix + key, "an array of strings", e);
        }

        var list = new List<string>();
        var i = 0;
        foreach (var x in e.EnumerateArray())
        {
            list.Add(x.ValueKind == JsonValueKind.String ? x.GetString()! : throw Error($"{prefix}{key}[{i}]", "a string", x));
            i++;
        }

        return list;
    }

    private static (double, double) Pair(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() != 2 || e.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.Number))
        {
            throw Error(path, "an array of two numbers [lo, hi]", e);
        }

        return (e[0].GetDouble(), e[1].GetDouble());
    }

    private static ArgumentException Error(string path, string expected, JsonElement found)
    {
        var text = found.GetRawText();
        if (text.Length > 40)
        {
            text = text[..40] + "...";
        }

        return new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"\"{path}\": expected {expected}; found {found.ValueKind.ToString().ToLowerInvariant()} {text}."));
    }
}
