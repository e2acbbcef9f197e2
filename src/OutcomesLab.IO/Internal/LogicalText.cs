namespace OutcomesLab.IO.Internal;

/// <summary>Logical spellings: R's (TRUE/FALSE, T/F, True/False, true/false) and, for event columns, yes/no.</summary>
internal static class LogicalText
{
    /// <summary>R's <c>type.convert</c> logical spellings only.</summary>
    public static bool TryParse(string s, out bool value)
    {
        switch (s.Trim())
        {
            case "TRUE" or "T" or "True" or "true":
                value = true;
                return true;
            case "FALSE" or "F" or "False" or "false":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>Event spellings: 0/1, TRUE/FALSE, T/F, yes/no, case-insensitive.</summary>
    public static bool TryParseEvent(string s, out bool value)
    {
        var t = s.Trim();
        if (t is "1" || t.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || t.Equals("T", StringComparison.OrdinalIgnoreCase) || t.Equals("YES", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }

        if (t is "0" || t.Equals("FALSE", StringComparison.OrdinalIgnoreCase) || t.Equals("F", StringComparison.OrdinalIgnoreCase) || t.Equals("NO", StringComparison.OrdinalIgnoreCase))
        {
            value = false;
            return true;
        }

        value = false;
        return false;
    }
}
