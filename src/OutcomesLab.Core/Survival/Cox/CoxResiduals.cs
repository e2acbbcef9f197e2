using System.Collections.Immutable;

namespace OutcomesLab.Survival.Cox;

/// <summary>Residuals of a Cox model (R <c>residuals.coxph</c>).</summary>
/// <param name="Type">The residual type.</param>
/// <param name="Columns">Column names: the coefficient names, or the type name for one-column residuals.</param>
/// <param name="Values">One row per input row (per event, in (stratum, time) order, for Schoenfeld types).</param>
/// <param name="Time">Event time of each row for Schoenfeld types; empty otherwise.</param>
/// <param name="Row">Input row index of each row (for Schoenfeld types: the row of the event).</param>
public sealed record CoxResiduals(CoxResidualType Type, ImmutableArray<string> Columns, ImmutableArray<ImmutableArray<double>> Values, ImmutableArray<double> Time, ImmutableArray<int> Row);
