using System.Collections.Immutable;

namespace OutcomesLab.Survival;

/// <summary>The all-cause event-free probability (Kaplan–Meier of any event) of one group: survfit's entry state <c>(s0)</c>.</summary>
/// <param name="Group">Group label.</param>
/// <param name="Points">One row per distinct time of the group.</param>
public sealed record EventFreeCurve(string Group, ImmutableArray<EventFreePoint> Points);
