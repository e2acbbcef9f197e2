using System.Globalization;

namespace OutcomesLab.Outcomes;

/// <summary>
/// Single-value outcomes of one weekly use-pattern word (<see cref="UdsWords"/>). Week numbers are
/// those of the word: character j is week <c>firstWeek + j</c>. A mixed week (<c>*</c>) counts as
/// positive. Every outcome that reads results takes the <see cref="UdsMissingRule"/> explicitly.
/// Definitions follow the CTNote library of MOUD trial endpoints (Brandt et al. 2024; R package
/// CTNote vignettes "Abstinence" and "Relapse"), where each is listed with its source.
/// </summary>
public static class UdsOutcomes
{
    /// <summary>Applies the missing-data rule: <c>o</c> becomes <c>+</c>, <c>-</c>, or stays.</summary>
    /// <param name="word">The use-pattern word.</param>
    /// <param name="rule">The missing-data rule.</param>
    /// <returns>The recoded word (CTNote <c>recode_missing_visits</c>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rule is not a defined member (e.g. an unset default).</exception>
    public static string ApplyMissingRule(string word, UdsMissingRule rule)
    {
        ArgumentNullException.ThrowIfNull(word);
        return rule switch
        {
            UdsMissingRule.MissingAsPositive => word.Replace('o', '+'),
            UdsMissingRule.MissingAsNegative => word.Replace('o', '-'),
            UdsMissingRule.MissingAsMissing => word,
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Choose a missing-data rule explicitly: MissingAsPositive, MissingAsMissing or MissingAsNegative."),
        };
    }

    /// <summary>
    /// Proportion of negative weeks in weeks <paramref name="fromWeek"/>..<paramref name="toWeek"/>
    /// (e.g. "percentage of opioid-negative urine samples", Hser 2014 / Saxon 2013): negative weeks
    /// over weeks with a result after the missing rule (all weeks unless missing stays missing).
    /// </summary>
    /// <param name="word">The use-pattern word.</param>
    /// <param name="rule">The missing-data rule.</param>
    /// <param name="firstWeek">Week number of the word's first character.</param>
    /// <param name="fromWeek">First week of the window.</param>
    /// <param name="toWeek">Last week of the window.</param>
    /// <returns>(negative weeks, counted weeks); the proportion is their ratio.</returns>
    public static (int Negative, int Counted) NegativeWeeks(string word, UdsMissingRule rule, int firstWeek, int fromWeek, int toWeek)
    {
        var w = ApplyMissingRule(word, rule);
        var negative = 0;
        var counted = 0;
        for (var week = Math.Max(fromWeek, firstWeek); week <= Math.Min(toWeek, firstWeek + w.Length - 1); week++)
        {
            var c = w[week - firstWeek];
            if (c == 'o')
            {
                continue;
            }

            counted++;
            if (c == '-')
            {
                negative++;
            }
        }

        return (negative, counted);
    }

    /// <summary>Time to the first positive (or mixed) week (CTNote "time to first use"; Krupitsky et al. 2011 style); censored at the last week with a result.</summary>
    /// <param name="word">The use-pattern word.</param>
    /// <param name="rule">The missing-data rule.</param>
    /// <param name="firstWeek">Week number of the word's first character.</param>
    /// <returns>Week of the first positive, or the censoring week.</returns>
    public static UdsTimeToEvent FirstPositive(string word, UdsMissingRule rule, int firstWeek)
    {
        var w = ApplyMissingRule(word, rule);
        for (var j = 0; j < w.Length; j++)
        {
            if (w[j] is '+' or '*')
            {
                return new UdsTimeToEvent(firstWeek + j, true);
            }
        }

        return new UdsTimeToEvent(LastObserved(w, firstWeek), false);
    }

    /// <summary>Longest run of consecutive negative weeks (CTNote "maximum consecutive abstinence", e.g. Fudala et al. 2003); a missing week breaks a run unless the rule makes it negative.</summary>
    /// <param name="word">The use-pattern word.</param>
    /// <param name="rule">The missing-data rule.</param>
    /// <returns>The number of weeks.</returns>
    public static int LongestNegativeRun(string word, UdsMissingRule rule)
    {
        var w = ApplyMissingRule(word, rule);
        int best = 0, run = 0;
        foreach (var c in w)
        {
            run = c == '-' ? run + 1 : 0;
            best = Math.Max(best, run);
        }

        return best;
    }

    /// <summary>
    /// Relapse: the first week, on or after <paramref name="fromWeek"/>, that starts
    /// <paramref name="consecutive"/> consecutive positive weeks (CTN-0051 X:BOT, Lee et al., Lancet
    /// 2018: 4 consecutive positive weeks from day 21, missing as positive; CTN-0094 "time to relapse":
    /// 4 weeks from week 1). Censored at the last week with a result.
    /// </summary>
    /// <param name="word">The use-pattern word.</param>
    /// <param name="rule">The missing-data rule.</param>
    /// <param name="firstWeek">Week number of the word's first character.</param>
    /// <param name="consecutive">Positive weeks in a row that define relapse (&gt;= 1).</param>
    /// <param name="fromWeek">Earliest week a relapse run may start (e.g. 4 for "from day 21").</param>
    /// <returns>The week the relapse run starts, or the censoring week.</returns>
    public static UdsTimeToEvent Relapse(string word, UdsMissingRule rule, int firstWeek, int consecutive, int fromWeek)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(consecutive, 1);
        var w = ApplyMissingRule(word, rule);
        var run = 0;
        for (var j = Math.Max(0, fromWeek - firstWeek); j < w.Length; j++)
        {
            run = w[j] is '+' or '*' ? run + 1 : 0;
            if (run == consecutive)
            {
                return new UdsTimeToEvent(firstWeek + j - consecutive + 1, true);
            }
        }

        return new UdsTimeToEvent(LastObserved(w, firstWeek), false);
    }

    /// <summary>
    /// Abstinence in the final <paramref name="finalWeeks"/> weeks (responder; e.g. Ling et al. 2010
    /// / CTNote "abstinent in the last 4 weeks"): no positive or mixed week there after the missing
    /// rule, and at least one negative week.
    /// </summary>
    /// <param name="word">The use-pattern word.</param>
    /// <param name="rule">The missing-data rule.</param>
    /// <param name="finalWeeks">Number of final weeks (&gt;= 1).</param>
    /// <returns>True for a responder.</returns>
    public static bool AbstinentInFinalWeeks(string word, UdsMissingRule rule, int finalWeeks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(finalWeeks, 1);
        var w = ApplyMissingRule(word, rule);
        var tail = w[Math.Max(0, w.Length - finalWeeks)..];
        return tail.Contains('-', StringComparison.Ordinal) && !tail.Contains('+', StringComparison.Ordinal) && !tail.Contains('*', StringComparison.Ordinal);
    }

    /// <summary>
    /// Study dropout: the first week that starts <paramref name="consecutive"/> consecutive missing
    /// weeks (CTN-0094 "time to study dropout": 4 consecutive missing weeks). Reads the raw word (no
    /// missing rule applies); censored at the last week of the word.
    /// </summary>
    /// <param name="word">The raw use-pattern word.</param>
    /// <param name="firstWeek">Week number of the word's first character.</param>
    /// <param name="consecutive">Missing weeks in a row that define dropout (&gt;= 1).</param>
    /// <returns>The week the missing run starts, or the censoring week.</returns>
    public static UdsTimeToEvent Dropout(string word, int firstWeek, int consecutive)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentOutOfRangeException.ThrowIfLessThan(consecutive, 1);
        var run = 0;
        for (var j = 0; j < word.Length; j++)
        {
            run = word[j] == 'o' ? run + 1 : 0;
            if (run == consecutive)
            {
                return new UdsTimeToEvent(firstWeek + j - consecutive + 1, true);
            }
        }

        return new UdsTimeToEvent(firstWeek + word.Length - 1, false);
    }

    /// <summary>Checks that <paramref name="word"/> uses only the legend <c>+ - o *</c>.</summary>
    /// <param name="word">The word.</param>
    /// <exception cref="ArgumentException">Another character occurs.</exception>
    public static void Validate(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        for (var j = 0; j < word.Length; j++)
        {
            if (word[j] is not ('+' or '-' or 'o' or '*'))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Character {j} of the use-pattern word is '{word[j]}': expected + (positive), - (negative), o (missing) or * (mixed)."), nameof(word));
            }
        }
    }

    private static int LastObserved(string w, int firstWeek)
    {
        for (var j = w.Length - 1; j >= 0; j--)
        {
            if (w[j] != 'o')
            {
                return firstWeek + j;
            }
        }

        return 0;
    }
}
