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
}
