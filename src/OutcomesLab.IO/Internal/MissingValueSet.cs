namespace OutcomesLab.IO.Internal;

/// <summary>R's <c>na.strings</c>: ordinal match of the value, or of the value with surrounding white space trimmed.</summary>
internal sealed class MissingValueSet
{
    private readonly HashSet<string> _values;
    private readonly bool _empty;
    private readonly bool[] _firstChars = new bool[128];
    private readonly bool _nonAsciiFirst;

    public MissingValueSet(IReadOnlyList<string> values)
    {
        _values = new HashSet<string>(values.Select(v => v.Trim()), StringComparer.Ordinal);
        _empty = _values.Contains(string.Empty);
        foreach (var v in _values.Where(v => v.Length > 0))
        {
            if (v[0] < 128)
            {
                _firstChars[v[0]] = true;
            }
            else
            {
                _nonAsciiFirst = true;
            }
        }
    }

    public bool IsMissing(string s)
    {
        if (s.Length == 0)
        {
            return _empty;
        }

        // Cheap rejection of ordinary values (digits, letters no code starts with) before hashing.
        var first = s[0];
        if (first < 128 && !_firstChars[first] && !char.IsWhiteSpace(first) && !char.IsWhiteSpace(s[^1]))
        {
            return false;
        }

        if (first >= 128 && !_nonAsciiFirst && !char.IsWhiteSpace(first) && !char.IsWhiteSpace(s[^1]))
        {
            return false;
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
