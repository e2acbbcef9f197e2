namespace OutcomesLab.IO.Internal;

/// <summary>
/// Picks the delimiter among ',', ';' and tab: for each candidate, count occurrences outside quotes
/// per record over the first records; the winner has a non-zero count in the header that most data
/// records repeat. Ties go to the usual delimiter (';' first when decimal commas are in use).
/// </summary>
internal static class DelimiterDetector
{
    private const int MaxRecords = 50;

    public static char Detect(string sample, bool decimalComma)
    {
        char[] candidates = decimalComma ? [';', '\t', ','] : [',', ';', '\t'];
        var counts = candidates.Select(c => CountPerRecord(sample, c)).ToArray();
        var best = candidates[0];
        var bestScore = -1.0;
        for (var k = 0; k < candidates.Length; k++)
        {
            var perRecord = counts[k];
            if (perRecord.Count == 0 || perRecord[0] == 0)
            {
                continue;
            }

            var header = perRecord[0];
            var data = perRecord.Skip(1).ToList();
            var agreeing = data.Count == 0 ? 1.0 : data.Count(n => n == header) / (double)data.Count;
            if (agreeing > bestScore)
            {
                bestScore = agreeing;
                best = candidates[k];
            }
        }

        return best;
    }

    private static List<int> CountPerRecord(string text, char delimiter)
    {
        var result = new List<int>();
        var inQuotes = false;
        var count = 0;
        var recordHasContent = false;
        for (var i = 0; i < text.Length && result.Count < MaxRecords; i++)
        {
            var ch = text[i];
            if (ch == '"')
            {
                inQuotes = !inQuotes;
                recordHasContent = true;
            }
            else if (!inQuotes && (ch == '\n' || ch == '\r'))
            {
                if (recordHasContent)
                {
                    result.Add(count);
                }

                count = 0;
                recordHasContent = false;
            }
            else
            {
                if (!inQuotes && ch == delimiter)
                {
                    count++;
                }

                recordHasContent |= !char.IsWhiteSpace(ch) || ch == delimiter;
            }
        }

        if (recordHasContent && result.Count < MaxRecords)
        {
            result.Add(count);
        }

        return result;
    }
}
