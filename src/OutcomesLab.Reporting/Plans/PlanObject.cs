using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace OutcomesLab.Reporting.Plans;

/// <summary>
/// A validated view of one JSON object of a plan together with its JSON path. Every accessor checks
/// the type and range of one key and throws a <see cref="PlanException"/> that names the file, line,
/// column, path, what was expected, what was found and a fix. Every section of the plan (root,
/// datasets, every analysis kind) is read through this one mechanism.
/// </summary>
internal sealed class PlanObject
{
    public PlanObject(PlanDocument document, JsonElement element, string path)
    {
        Document = document;
        Element = element;
        Path = path;
    }

    /// <summary>The plan the object belongs to.</summary>
    public PlanDocument Document { get; }

    /// <summary>The JSON object.</summary>
    public JsonElement Element { get; }

    /// <summary>The JSON path of the object (empty for the root).</summary>
    public string Path { get; }

    /// <summary>The location of the object itself.</summary>
    public PlanLocation Location => Document.Positions.Value(Path);

    /// <summary>Whether the key is present (and not null).</summary>
    public bool Has(string key) => Element.TryGetProperty(key, out var v) && v.ValueKind != JsonValueKind.Null;

    /// <summary>The JSON path of a key of this object.</summary>
    public string PathOf(string key) => PlanPositions.Child(Path, key);

    /// <summary>The location of a key's value (the object itself when the key is absent).</summary>
    public PlanLocation ValueLocation(string key) => Has(key) ? Document.Positions.Value(PathOf(key)) : Location with { Path = PathOf(key) };

    /// <summary>A located problem with the value of <paramref name="key"/>.</summary>
    public PlanException Error(string key, string expected, string? found, string fix) => new(ValueLocation(key), expected, found, fix);

    /// <summary>Rejects every key not in <paramref name="allowed"/>, naming the allowed keys and the nearest one.</summary>
    public void RejectUnknownKeys(IReadOnlyCollection<string> allowed)
    {
        foreach (var property in Element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name))
            {
                var path = PathOf(property.Name);
                throw new PlanException(
                    Document.Positions.Key(path),
                    Path.Length == 0 ? "a known top-level key" : $"a known key of {Path}",
                    $"\"{property.Name}\"",
                    $"{PlanNames.DidYouMean(property.Name, allowed)}Allowed keys here: {string.Join(", ", allowed)}.");
            }
        }
    }

    /// <summary>A required string (non-blank).</summary>
    public string RequiredString(string key, string expected = "a text value")
    {
        if (!Has(key))
        {
            throw Missing(key, expected);
        }

        return OptionalString(key, expected)!;
    }

    /// <summary>An optional string (non-blank when present), or null.</summary>
    public string? OptionalString(string key, string expected = "a text value")
    {
        if (!Has(key))
        {
            return null;
        }

        var v = Element.GetProperty(key);
        if (v.ValueKind != JsonValueKind.String)
        {
            throw Error(key, expected, Describe(v), $"Write the value in double quotes, e.g. \"{key}\": \"...\".");
        }

        var s = v.GetString()!;
        if (string.IsNullOrWhiteSpace(s))
        {
            throw Error(key, expected, "an empty text", "Give a value, or leave the key out.");
        }

        return s;
    }

    /// <summary>A required number, optionally restricted by <paramref name="valid"/> (described by <paramref name="expected"/>).</summary>
    public double RequiredNumber(string key, string expected = "a number", Func<double, bool>? valid = null)
    {
        if (!Has(key))
        {
            throw Missing(key, expected);
        }

        return OptionalNumber(key, expected, valid)!.Value;
    }

    /// <summary>An optional number, or null.</summary>
    public double? OptionalNumber(string key, string expected = "a number", Func<double, bool>? valid = null)
    {
        if (!Has(key))
        {
            return null;
        }

        var v = Element.GetProperty(key);
        return Number(v, PathOf(key), expected, valid);
    }

    /// <summary>An optional number with a default.</summary>
    public double OptionalNumber(string key, double defaultValue, string expected = "a number", Func<double, bool>? valid = null) =>
        OptionalNumber(key, expected, valid) ?? defaultValue;

    /// <summary>An optional whole number in [<paramref name="min"/>, <paramref name="max"/>], or null.</summary>
    public int? OptionalIntegerOrNull(string key, int min = int.MinValue, int max = int.MaxValue)
    {
        var expected = RangeText("a whole number", min, max);
        var d = OptionalNumber(key, expected, x => x == Math.Floor(x) && x >= min && x <= max);
        return d is null ? null : (int)d.Value;
    }

    /// <summary>An optional whole number with a default.</summary>
    public int OptionalInteger(string key, int defaultValue, int min = int.MinValue, int max = int.MaxValue) =>
        OptionalIntegerOrNull(key, min, max) ?? defaultValue;

    /// <summary>An optional true/false with a default.</summary>
    public bool OptionalBool(string key, bool defaultValue)
    {
        if (!Has(key))
        {
            return defaultValue;
        }

        var v = Element.GetProperty(key);
        return v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(key, "true or false", Describe(v), $"Write \"{key}\": true or \"{key}\": false (no quotes)."),
        };
    }

    /// <summary>A list of strings (non-blank unless <paramref name="allowEmpty"/>); absent gives an empty list unless <paramref name="required"/>. A single string is not accepted (write a one-element list).</summary>
    public ImmutableArray<string> StringList(string key, bool required = false, int minCount = 0, bool allowEmpty = false)
    {
        var items = List(key, required, "a list of text values", minCount);
        var result = ImmutableArray.CreateBuilder<string>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (item.ValueKind != JsonValueKind.String || (!allowEmpty && string.IsNullOrWhiteSpace(item.GetString())))
            {
                throw new PlanException(Document.Positions.Value(PlanPositions.Index(PathOf(key), i)), "a text value", Describe(item), "Every element of this list is text in double quotes.");
            }

            result.Add(item.GetString()!);
        }

        return result.MoveToImmutable();
    }

    /// <summary>A list of numbers; absent gives an empty list unless <paramref name="required"/>.</summary>
    public ImmutableArray<double> NumberList(string key, bool required = false, string expected = "a number", Func<double, bool>? valid = null)
    {
        var items = List(key, required, $"a list of numbers ({expected} each)", 0);
        var result = ImmutableArray.CreateBuilder<double>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            result.Add(Number(items[i], PlanPositions.Index(PathOf(key), i), expected, valid));
        }

        return result.MoveToImmutable();
    }

    /// <summary>One of a fixed set of names (case-sensitive), mapped to its value; <paramref name="defaultValue"/> when absent.</summary>
    public T Choice<T>(string key, T defaultValue, params (string Name, T Value)[] allowed)
    {
        if (!Has(key))
        {
            return defaultValue;
        }

        return RequiredChoice(key, allowed);
    }

    /// <summary>One of a fixed set of names (case-sensitive), mapped to its value; required.</summary>
    public T RequiredChoice<T>(string key, params (string Name, T Value)[] allowed)
    {
        var names = allowed.Select(a => a.Name).ToArray();
        var expected = $"one of {PlanNames.Quoted(names)}";
        if (!Has(key))
        {
            throw Missing(key, expected);
        }

        var v = Element.GetProperty(key);
        if (v.ValueKind == JsonValueKind.String)
        {
            var s = v.GetString()!;
            foreach (var (name, value) in allowed)
            {
                if (string.Equals(name, s, StringComparison.Ordinal))
                {
                    return value;
                }
            }

            throw Error(key, expected, Describe(v), $"{PlanNames.DidYouMean(s, names)}Use one of the allowed values.");
        }

        throw Error(key, expected, Describe(v), "Write the value as text in double quotes.");
    }

    /// <summary>A nested object, or null when absent.</summary>
    public PlanObject? OptionalObject(string key)
    {
        if (!Has(key))
        {
            return null;
        }

        var v = Element.GetProperty(key);
        if (v.ValueKind != JsonValueKind.Object)
        {
            throw Error(key, "an object { ... }", Describe(v), $"Write \"{key}\": {{ ... }} with the keys documented in docs/analysis-plan.md.");
        }

        return new PlanObject(Document, v, PathOf(key));
    }

    /// <summary>A required nested object.</summary>
    public PlanObject RequiredObject(string key) => OptionalObject(key) ?? throw Missing(key, "an object { ... }");

    /// <summary>A list of objects; absent gives an empty list unless <paramref name="required"/>.</summary>
    public ImmutableArray<PlanObject> ObjectList(string key, bool required = false, int minCount = 0)
    {
        var items = List(key, required, "a list of objects [ { ... } ]", minCount);
        var result = ImmutableArray.CreateBuilder<PlanObject>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var path = PlanPositions.Index(PathOf(key), i);
            if (items[i].ValueKind != JsonValueKind.Object)
            {
                throw new PlanException(Document.Positions.Value(path), "an object { ... }", Describe(items[i]), "Every element of this list is an object in braces.");
            }

            result.Add(new PlanObject(Document, items[i], path));
        }

        return result.MoveToImmutable();
    }

    /// <summary>The properties of a nested object whose values are objects (e.g. <c>datasets</c>: name to settings), in file order.</summary>
    public ImmutableArray<(string Name, PlanObject Value)> ObjectMap(string key, bool required = false)
    {
        var map = required ? RequiredObject(key) : OptionalObject(key);
        if (map is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<(string, PlanObject)>();
        foreach (var p in map.Element.EnumerateObject())
        {
            var path = PlanPositions.Child(map.Path, p.Name);
            if (p.Value.ValueKind != JsonValueKind.Object)
            {
                throw new PlanException(Document.Positions.Value(path), "an object { ... }", Describe(p.Value), $"Write \"{p.Name}\": {{ ... }}.");
            }

            result.Add((p.Name, new PlanObject(Document, p.Value, path)));
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// A reference to a dataset: a name of the plan's <c>datasets</c>, or the id of an earlier analysis
    /// that publishes a derived per-subject dataset.
    /// </summary>
    public PlanDatasetRef Dataset(string key = "dataset")
    {
        var name = RequiredString(key, "the name of a dataset");
        if (!Document.IsKnownDataset(name))
        {
            var known = Document.KnownDatasets.ToList();
            var fix = Document.IsAnalysisId(name)
                ? $"The analysis \"{name}\" does not publish a dataset before this one: list it earlier in \"analyses\" (only analyses that publish a dataset can be used)."
                : $"{PlanNames.DidYouMean(name, known)}Known datasets here: {PlanNames.Quoted(known)}; declare files under \"datasets\".";
            throw Error(key, "a dataset declared under \"datasets\" or published by an earlier analysis", $"\"{name}\"", fix);
        }

        return new PlanDatasetRef(name, ValueLocation(key));
    }

    /// <summary>A required column name, located for run-time checks against the dataset.</summary>
    public PlanColumn Column(string key) => new(RequiredString(key, "a column name"), ValueLocation(key));

    /// <summary>An optional column name, or null.</summary>
    public PlanColumn? OptionalColumn(string key) => OptionalString(key, "a column name") is { } name ? new PlanColumn(name, ValueLocation(key)) : null;

    /// <summary>A list of column names, each located.</summary>
    public ImmutableArray<PlanColumn> ColumnList(string key, bool required = false, int minCount = 0)
    {
        var names = StringList(key, required, minCount);
        return [.. names.Select((n, i) => new PlanColumn(n, Document.Positions.Value(PlanPositions.Index(PathOf(key), i))))];
    }

    /// <summary>Describes a JSON value for the "found" part of a message.</summary>
    public static string Describe(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => $"\"{IO.InputProblem.Excerpt(v.GetString()!)}\"",
        JsonValueKind.Number => $"the number {v.GetRawText()}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        _ => v.ValueKind.ToString(),
    };

    private static string RangeText(string what, int min, int max) => (min, max) switch
    {
        (int.MinValue, int.MaxValue) => what,
        (_, int.MaxValue) => string.Create(CultureInfo.InvariantCulture, $"{what} of at least {min}"),
        (int.MinValue, _) => string.Create(CultureInfo.InvariantCulture, $"{what} of at most {max}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{what} from {min} to {max}"),
    };

    private PlanException Missing(string key, string expected) =>
        new(Location with { Path = PathOf(key) }, $"the key \"{key}\" ({expected})", "no such key", $"Add \"{key}\" to {(Path.Length == 0 ? "the top-level object" : Path)}.");

    private double Number(JsonElement v, string path, string expected, Func<double, bool>? valid)
    {
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var d) || !double.IsFinite(d))
        {
            var fix = v.ValueKind == JsonValueKind.String ? "Write the number without quotes, with a decimal point (0.95, not \"0,95\")." : "Write a number.";
            throw new PlanException(Document.Positions.Value(path), expected, Describe(v), fix);
        }

        if (valid is not null && !valid(d))
        {
            throw new PlanException(Document.Positions.Value(path), expected, Describe(v), "Change the value to one in the allowed range.");
        }

        return d;
    }

    private ImmutableArray<JsonElement> List(string key, bool required, string expected, int minCount)
    {
        if (!Has(key))
        {
            return required ? throw Missing(key, expected) : [];
        }

        var v = Element.GetProperty(key);
        if (v.ValueKind != JsonValueKind.Array)
        {
            throw Error(key, expected, Describe(v), $"Write a list in brackets, e.g. \"{key}\": [ ... ], even for one element.");
        }

        var items = v.EnumerateArray().ToImmutableArray();
        if (items.Length < minCount)
        {
            throw Error(key, string.Create(CultureInfo.InvariantCulture, $"{expected} with at least {minCount} element{(minCount == 1 ? "" : "s")}"), string.Create(CultureInfo.InvariantCulture, $"{items.Length}"), "Add elements to the list.");
        }

        return items;
    }
}
