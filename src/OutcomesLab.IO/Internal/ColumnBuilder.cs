namespace OutcomesLab.IO.Internal;

/// <summary>
/// Accumulates one column while parsing: optimistically as numbers (no per-cell object), switching to
/// text in place while no number has been seen yet. A column that turns out to be text after numbers
/// were stored is marked <see cref="Flipped"/> and the file is read again with it as text, because
/// the original spelling of earlier values (e.g. "007") must be kept.
/// </summary>
internal sealed class ColumnBuilder
{
    private readonly MissingValueSet _na;
    private readonly bool _decimalComma;
    private double[]? _numbers;
    private bool[]? _missing;
    private string?[]? _texts;
    private int _count;
    private bool _seenNumber;

    private readonly string? _dateFormat;

    public ColumnBuilder(bool text, MissingValueSet na, bool decimalComma, int capacity, string? dateFormat = null)
    {
        _na = na;
        _decimalComma = decimalComma;
        _dateFormat = dateFormat;
        if (text)
        {
            _texts = new string?[capacity];
        }
        else
        {
            _numbers = new double[capacity];
            _missing = new bool[capacity];
        }
    }

    public bool Flipped { get; private set; }

    public void Add(string s)
    {
        if (Flipped)
        {
            return;
        }

        var isMissing = _na.IsMissing(s);
        if (_texts is not null)
        {
            if (_count == _texts.Length)
            {
                Array.Resize(ref _texts, _texts.Length * 2);
            }

            _texts[_count++] = isMissing ? null : s;
            return;
        }

        if (_count == _numbers!.Length)
        {
            Array.Resize(ref _numbers, _numbers.Length * 2);
            Array.Resize(ref _missing, _numbers.Length);
        }

        if (isMissing)
        {
            _missing![_count++] = true;
        }
        else if (NumberText.TryParse(s, _decimalComma, out var v))
        {
            _numbers[_count++] = v;
            _seenNumber = true;
        }
        else if (!_seenNumber)
        {
            _texts = new string?[_numbers.Length];
            _numbers = null;
            _missing = null;
            _texts[_count++] = s;
        }
        else
        {
            Flipped = true;
        }
    }

    public (ColumnData Data, ColumnKind Kind, int Missing) Finish()
        => _texts is not null
            ? FinishTexts(_texts.AsSpan(0, _count).ToArray(), _dateFormat)
            : FinishNumbers(_numbers.AsSpan(0, _count).ToArray(), _missing.AsSpan(0, _count).ToArray(), _dateFormat);

    /// <summary>Infers Boolean, Date, DateTime or Text for a text column (null = missing): dates when every value is ISO 8601 or fits <paramref name="dateFormat"/>.</summary>
    public static (ColumnData Data, ColumnKind Kind, int Missing) FinishTexts(string?[] texts, string? dateFormat)
    {
        var missing = 0;
        var nonMissing = 0;
        var allLogical = true;
        foreach (var t in texts)
        {
            if (t is null)
            {
                missing++;
            }
            else
            {
                nonMissing++;
                if (allLogical)
                {
                    allLogical = LogicalText.TryParse(t, out _);
                }
            }
        }

        if (nonMissing > 0 && !allLogical && TryDates(texts, dateFormat, out var dates))
        {
            return dates;
        }

        return (new ColumnData(texts), nonMissing > 0 && allLogical ? ColumnKind.Boolean : ColumnKind.Text, missing);
    }

    private static bool TryDates(string?[] texts, string? dateFormat, out (ColumnData Data, ColumnKind Kind, int Missing) result)
    {
        result = default;

        // Most text columns are no dates: decide on the first value before allocating the day array.
        if (Array.Find(texts, t => t is not null) is not { } first || !DateText.TryParse(first, dateFormat, out _, out _))
        {
            return false;
        }

        var days = new double[texts.Length];
        var mask = new bool[texts.Length];
        var missing = 0;
        var anyTime = false;
        for (var i = 0; i < texts.Length; i++)
        {
            if (texts[i] is not { } t)
            {
                mask[i] = true;
                missing++;
            }
            else if (DateText.TryParse(t, dateFormat, out days[i], out var hasTime))
            {
                anyTime |= hasTime;
            }
            else
            {
                return false;
            }
        }

        var kind = anyTime ? ColumnKind.DateTime : ColumnKind.Date;
        result = (new ColumnData(days, missing > 0 ? mask : null, kind), kind, missing);
        return true;
    }

    /// <summary>
    /// Infers Integer or Number for a numeric column; the mask (null = nothing missing) is dropped when nothing is missing.
    /// With <paramref name="dateFormat"/> (e.g. <c>yyyyMMdd</c>), a whole-number column whose every value's digits fit it is a date column.
    /// </summary>
    public static (ColumnData Data, ColumnKind Kind, int Missing) FinishNumbers(double[] numbers, bool[]? mask, string? dateFormat)
    {
        var missingCount = 0;
        var allWhole = true;
        for (var i = 0; i < numbers.Length; i++)
        {
            if (mask is not null && mask[i])
            {
                missingCount++;
            }
            else if (allWhole)
            {
                var v = numbers[i];
                allWhole = double.IsFinite(v) && Math.Floor(v) == v && Math.Abs(v) <= 9007199254740992.0;
            }
        }

        var kind = allWhole && missingCount < numbers.Length ? ColumnKind.Integer : ColumnKind.Number;
        var firstPresent = mask is null ? 0 : Array.IndexOf(mask, false);
        if (kind == ColumnKind.Integer && dateFormat is not null && firstPresent >= 0 && DateText.TryParseFormat(NumberText.Format(numbers[firstPresent]), dateFormat, out _))
        {
            var texts = new string?[numbers.Length];
            for (var i = 0; i < numbers.Length; i++)
            {
                texts[i] = mask is not null && mask[i] ? null : NumberText.Format(numbers[i]);
            }

            if (TryDates(texts, dateFormat, out var dates))
            {
                return dates;
            }
        }

        return (new ColumnData(numbers, missingCount > 0 ? mask : null), kind, missingCount);
    }
}
