using System.Collections.Immutable;

namespace OutcomesLab.Survival.Cox;

/// <summary>Result of <see cref="CoxProportionalHazardsTest.Test"/> (R survival 3.x <c>cox.zph</c>).</summary>
/// <param name="Transform">The time transform used.</param>
/// <param name="Terms">Per-term tests, in term order.</param>
/// <param name="Global">The global test over all terms.</param>
/// <param name="Time">Event times, one per event, in (stratum, time) order (R <c>z$time</c>).</param>
/// <param name="G">g(time) per event (R <c>z$x</c>).</param>
/// <param name="ScaledSchoenfeld">Scaled Schoenfeld residuals plus beta, one row per event and one column per term (R <c>z$y</c>); null where a covariate is constant in the stratum.</param>
/// <param name="Variance">R <c>z$var</c>: the inverse of the average information per event.</param>
public sealed record CoxPhTestResult(
    CoxPhTransform Transform,
    ImmutableArray<CoxPhTermTest> Terms,
    CoxPhTermTest Global,
    ImmutableArray<double> Time,
    ImmutableArray<double> G,
    ImmutableArray<ImmutableArray<double?>> ScaledSchoenfeld,
    ImmutableArray<ImmutableArray<double>> Variance);
