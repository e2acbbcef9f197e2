namespace OutcomesLab.IO.Internal;

/// <summary>R's <c>na.strings</c>: ordinal match of the value, or of the value with surrounding white space trimmed.</summary>
internal sealed class MissingValueSet
{
    private readonly HashSet<string> _values;
    private readonly bool _empty;

    public MissingValueSet(IReadOnlyList<string> values)
    {
        _values = new HashSet<string>(values.Select(v => v.Trim()), StringComparer.Ordinal);
        _empty = _values.Contains(string.Empty);
    }

    public bool IsMissing(string s)
    {
        if (s.Length == 0)
        {
            return _empty;
        }

        if (_values.Contains(s))
        {
            return true;
        }

        if (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]))
        {
            var trimmed = s.Trim();
            return trimmed.Length == 0 ? _empty : _values.Contains(trimmed);
        }

        return false;
    }
}
