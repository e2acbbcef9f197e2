using System.Globalization;

namespace OutcomesLab.Outcomes;

/// <summary>
/// An EQ-5D health state: the level reported on each of the five dimensions (mobility, self-care,
/// usual activities, pain/discomfort, anxiety/depression), 1 = no problems up to 3 (EQ-5D-3L) or
/// 5 (EQ-5D-5L) = extreme problems/unable (EuroQol Research Foundation, EQ-5D-5L User Guide 2019).
/// </summary>
/// <param name="Mobility">MO level.</param>
/// <param name="SelfCare">SC level.</param>
/// <param name="UsualActivities">UA level.</param>
/// <param name="PainDiscomfort">PD level.</param>
/// <param name="AnxietyDepression">AD level.</param>
public readonly record struct Eq5dState(byte Mobility, byte SelfCare, byte UsualActivities, byte PainDiscomfort, byte AnxietyDepression)
{
    /// <summary>The conventional five-digit profile code, e.g. "11112".</summary>
    /// <returns>The five levels as digits in the order MO, SC, UA, PD, AD.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Mobility}{SelfCare}{UsualActivities}{PainDiscomfort}{AnxietyDepression}");

    /// <summary>Creates a state after checking every level is 1..<paramref name="levels"/> (3 for EQ-5D-3L, 5 for EQ-5D-5L).</summary>
    /// <param name="mobility">MO level.</param>
    /// <param name="selfCare">SC level.</param>
    /// <param name="usualActivities">UA level.</param>
    /// <param name="painDiscomfort">PD level.</param>
    /// <param name="anxietyDepression">AD level.</param>
    /// <param name="levels">The highest allowed level: 3 or 5.</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level is outside 1..<paramref name="levels"/>; the message names the dimension.</exception>
    public static Eq5dState Create(int mobility, int selfCare, int usualActivities, int painDiscomfort, int anxietyDepression, int levels = 5)
    {
        if (levels is not (3 or 5))
        {
            throw new ArgumentOutOfRangeException(nameof(levels), levels, "EQ-5D has 3 (EQ-5D-3L) or 5 (EQ-5D-5L) levels.");
        }

        Check(mobility, "MO", nameof(mobility), levels);
        Check(selfCare, "SC", nameof(selfCare), levels);
        Check(usualActivities, "UA", nameof(usualActivities), levels);
        Check(painDiscomfort, "PD", nameof(painDiscomfort), levels);
        Check(anxietyDepression, "AD", nameof(anxietyDepression), levels);
        return new Eq5dState((byte)mobility, (byte)selfCare, (byte)usualActivities, (byte)painDiscomfort, (byte)anxietyDepression);
    }

    /// <summary>Parses a five-digit profile code such as <c>11112</c>.</summary>
    /// <param name="profile">Five digits in the order MO, SC, UA, PD, AD.</param>
    /// <param name="levels">The highest allowed level: 3 or 5.</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentException">The text is not five digits within 1..<paramref name="levels"/>.</exception>
    public static Eq5dState Parse(string profile, int levels = 5)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Length != 5 || !profile.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"An EQ-5D profile is five digits (MO SC UA PD AD), e.g. 11112; found \"{profile}\".", nameof(profile));
        }

        return Create(profile[0] - '0', profile[1] - '0', profile[2] - '0', profile[3] - '0', profile[4] - '0', levels);
    }

    private static void Check(int level, string dimension, string parameter, int levels)
    {
        if (level < 1 || level > levels)
        {
            throw new ArgumentOutOfRangeException(parameter, level, string.Create(CultureInfo.InvariantCulture, $"{dimension} level must be 1 to {levels} (EQ-5D-{levels}L); found {level}."));
        }
    }
}
