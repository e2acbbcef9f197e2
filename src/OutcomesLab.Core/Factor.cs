using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

namespace OutcomesLab;

/// <summary>
/// A categorical variable stored as integer codes into an ordered list of levels, as R's
/// <c>factor</c>. The default level order is numeric when every label is a number (so "1","2","10"
/// sort as numbers, matching R's factor of a numeric column) and ordinal string order otherwise
/// (R's <c>factor()</c> of a character vector in the C locale).
/// </summary>
public sealed class Factor
{
    private Factor(ImmutableArray<string> levels, ImmutableArray<int> codes)
    {
        Levels = levels;
        Codes = codes;
    }

    /// <summary>The level labels in order; the first is the reference level.</summary>
    public ImmutableArray<string> Levels { get; }

    /// <summary>Per-subject index into <see cref="Levels"/>.</summary>
    public ImmutableArray<int> Codes { get; }

    /// <summary>Number of levels.</summary>
    public int LevelCount => Levels.Length;

    /// <summary>Number of subjects.</summary>
    public int Count => Codes.Length;

    /// <summary>The label of subject <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based subject index.</param>
    public string LabelAt(int index) => Levels[Codes[index]];

    /// <summary>Builds a factor from labels.</summary>
    /// <param name="parameterName">Name reported in error messages.</param>
    /// <param name="labels">One label per subject; null labels are rejected.</param>
    /// <param name="expectedCount">Number of subjects the labels must cover.</param>
    /// <param name="levelOrder">Explicit level order (every label must appear in it), or null for the default order.</param>
    /// <returns>The factor. Levels listed in <paramref name="levelOrder"/> but absent from the data are kept (as R keeps unused levels).</returns>
    /// <exception cref="ArgumentException">A label is null, the count is wrong, or a label is not in <paramref name="levelOrder"/>.</exception>
    public static Factor Create(string parameterName, IReadOnlyList<string> labels, int expectedCount, IReadOnlyList<string>? levelOrder = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count != expectedCount)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{parameterName} has {labels.Count} values but there are {expectedCount} subjects: every subject needs exactly one label."),
                parameterName);
        }

        // One pass numbers the distinct labels in order of first occurrence. Loaded columns hold one
        // string instance per level, so a lookup by reference (no hashing of the text) usually
        // answers; it is dropped when the labels turn out not to share instances.
        var n = labels.Count;
        var firstSeen = new int[n];
        var byText = new Dictionary<string, int>(StringComparer.Ordinal);
        var byInstance = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        var useInstances = true;
        var firstIndex = new List<int>();
        for (var i = 0; i < n; i++)
        {
            var label = labels[i] ?? throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{parameterName}[{i}] is missing: expected a label. Drop subjects with a missing {parameterName} value first."),
                parameterName);
            if (!useInstances || !byInstance.TryGetValue(label, out var id))
            {
                if (!byText.TryGetValue(label, out id))
                {
                    id = byText.Count;
                    byText[label] = id;
                    firstIndex.Add(i);
                }

                if (useInstances)
                {
                    byInstance[label] = id;
                    useInstances = byInstance.Count <= (4 * byText.Count) + 64;
                }
            }

            firstSeen[i] = id;
        }

        ImmutableArray<string> levels;
        if (levelOrder is not null)
        {
            levels = [.. levelOrder];
        }
        else
        {
            levels = DefaultOrder(byText.Keys);
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < levels.Length; k++)
        {
            index[levels[k]] = k;
        }

        // Labels are numbered by first occurrence, so the undeclared label with the lowest number is
        // the first offending subject, as a scan in subject order would report.
        var codeOf = new int[byText.Count];
        foreach (var (label, id) in byText.OrderBy(pair => pair.Value))
        {
            if (!index.TryGetValue(label, out codeOf[id]))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{parameterName}[{firstIndex[id]}] is \"{label}\", which is not among the declared levels ({string.Join(", ", levels)}). Add it to the level list or correct the data."),
                    parameterName);
            }
        }

        var codes = firstSeen;
        for (var i = 0; i < n; i++)
        {
            codes[i] = codeOf[codes[i]];
        }

        return new Factor(levels, ImmutableCollectionsMarshal.AsImmutableArray(codes));
    }

    /// <summary>The default level order: numeric if all labels parse as invariant-culture numbers, ordinal otherwise.</summary>
    /// <param name="distinctLabels">The distinct labels.</param>
    /// <returns>The ordered levels.</returns>
    public static ImmutableArray<string> DefaultOrder(IEnumerable<string> distinctLabels)
    {
        var list = distinctLabels.ToList();
        var allNumeric = list.All(l => double.TryParse(l, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        return allNumeric
            ? [.. list.OrderBy(l => double.Parse(l, NumberStyles.Float, CultureInfo.InvariantCulture)).ThenBy(l => l, StringComparer.Ordinal)]
            : [.. list.Order(StringComparer.Ordinal)];
    }

    internal Factor Subset(IReadOnlyList<int> indices)
    {
        var codes = new int[indices.Count];
        for (var k = 0; k < codes.Length; k++)
        {
            codes[k] = Codes[indices[k]];
        }

        return new Factor(Levels, ImmutableArray.Create(codes));
    }
}
