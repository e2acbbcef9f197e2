using System.Text;

namespace OutcomesLab.IO.Internal;

/// <summary>Checks the first bytes of a file for encodings and formats that are not UTF-8 CSV.</summary>
internal static class FileSniffer
{
    public const int SampleSize = 64 * 1024;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Returns the length of a UTF-8 BOM to skip (0 or 3); throws for UTF-16/32, ZIP (xlsx) and binary files.</summary>
    public static int Check(ReadOnlySpan<byte> sample, ProblemCollector problems)
    {
        const string Utf16Fix = "The file is UTF-16 (Excel's \"Unicode text\" export); save it as UTF-8 (\"CSV UTF-8\") and try again.";
        if (sample.Length == 0 || IsOnlyWhiteSpace(sample.StartsWith(Utf8Bom) ? sample[3..] : sample))
        {
            throw problems.Throw(null, null, "a header row naming the columns", null, "The file is empty. Check that the export finished and that you chose the right file.");
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw problems.Throw(null, null, "UTF-8 text", "UTF-16 byte-order mark", Utf16Fix);
        }

        if (sample.StartsWith("PK\u0003\u0004"u8))
        {
            throw problems.Throw(null, null, "a CSV text file", "a ZIP archive (an .xlsx workbook?)", "Export the sheet from the spreadsheet program as \"CSV UTF-8\".");
        }

        var firstNul = sample.IndexOf((byte)0);
        if (firstNul >= 0)
        {
            var nulCount = sample.Count((byte)0);
            if (nulCount * 4 >= sample.Length)
            {
                // ASCII text in UTF-16 has every second byte zero.
                throw problems.Throw(null, null, "UTF-8 text", "UTF-16 text without a byte-order mark", Utf16Fix);
            }

            var line = sample[..firstNul].Count((byte)'\n') + 1;
            throw problems.Throw(line, null, "a text CSV file", "binary data (NUL bytes)", "The file is not a text CSV (a compressed, database or spreadsheet file?). Export the data as \"CSV UTF-8\".");
        }

        return sample.StartsWith(Utf8Bom) ? 3 : 0;
    }

    /// <summary>Decodes a byte sample leniently for delimiter detection, dropping a trailing partial line.</summary>
    public static string SampleText(ReadOnlySpan<byte> sample, bool complete)
    {
        var text = Encoding.UTF8.GetString(sample);
        if (!complete)
        {
            var lastBreak = text.LastIndexOf('\n');
            if (lastBreak > 0)
            {
                text = text[..lastBreak];
            }
        }

        return text;
    }

    private static bool IsOnlyWhiteSpace(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }
}
