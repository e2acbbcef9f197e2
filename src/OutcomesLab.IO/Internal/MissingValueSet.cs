namespace OutcomesLab.IO.Internal;

/// <summary>R's <c>na.strings</c>: ordinal match of the value, or of the value with surrounding white space trimmed.</summary>
internal sealed class MissingValueSet
{
    private readonly HashSet<string> _values;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _spanValues;
    private readonly bool _empty;
    private readonly bool[] _firstChars = new bool[128];
    private readonly bool _nonAsciiFirst;

    public MissingValueSet(IReadOnlyList<string> values)
    {
        _values = new HashSet<string>(values.Select(v => v.Trim()), StringComparer.Ordinal);
        _empty = _values.Contains(string.Empty);
        _spanValues = _values.GetAlternateLookup<ReadOnlySpan<char>>();
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

    /// <summary>Whether the empty field is a missing-value code.</summary>
    public bool MatchesEmpty => _empty;

    /// <summary>Whether some code starts with this byte (a non-ASCII byte: whether some code starts with a non-ASCII character).</summary>
    public bool MayStartWith(byte first) => first < 128 ? _firstChars[first] : _nonAsciiFirst;

    /// <summary>The same test as <see cref="IsMissing(string)"/> on characters not yet made a string.</summary>
    public bool IsMissing(ReadOnlySpan<char> s)
    {
        if (s.Length == 0)
        {
            return _empty;
        }

        if (_spanValues.Contains(s))
        {
            return true;
        }

        if (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]))
        {
            var trimmed = s.Trim();
            return trimmed.Length == 0 ? _empty : _spanValues.Contains(trimmed);
        }

        return false;
    }
}
