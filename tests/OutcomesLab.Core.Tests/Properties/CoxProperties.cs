using CsCheck;
using OutcomesLab.Design;
using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;
using OutcomesLab.Testing;
using OutcomesLab.Testing.Properties;
using Xunit;

namespace OutcomesLab.Core.Tests.Properties;

/// <summary>
/// Oracle: properties of the Cox partial likelihood (Cox 1972; R <c>coxph</c>). It depends on the
/// covariates only through differences within risk sets (so adding a constant changes nothing),
/// is symmetric under negating a covariate together with its coefficient, depends on time only
/// through the order of the times (so any c &gt; 0 scaling changes nothing) and on rows only as a set.
/// </summary>
public sealed class CoxProperties
{
    // Both fits stop when the relative log-likelihood change is below 1e-9 (R's eps); near the
    // optimum that bounds the coefficient error by about sqrt(1e-9)·scale only if the iteration
    // counts differed, but with identical iteration paths the fits agree to rounding. 1e-7 allows
    // a different iteration count on the flat part of the likelihood while still catching any
    // real dependence on the transformation.
    private const double Tolerance = 1e-7;

    [Fact]
    public void Coefficients_are_invariant_to_shift_row_order_and_time_scale_and_flip_sign_with_the_covariate()
    {
        var gen =
            from cohort in CohortGen.Cohort(minSize: 12, maxSize: 40, maxGroups: 1)
            from order in CohortGen.Permutation(cohort.Count)
            from shift in Gen.Int[-1000, 1000]
            from scale in Gen.OneOf(0.01, 2.0, 1000.0)
            from ties in Gen.OneOf(TieMethod.Efron, TieMethod.Breslow)
            select (cohort, order, shift, scale, ties);
        var identified = 0;
        PropertySettings.Check(gen, t =>
        {
            var (cohort, order, shift, scale, ties) = t;
            var options = new CoxOptions(Ties: ties);
            var reference = Fit(cohort, options);
            if (reference is null)
            {
                return;
            }

            Interlocked.Increment(ref identified);
            var shifted = Fit(cohort with { Covariate = [.. cohort.Covariate.Select(x => x + shift)] }, options)!;
            AssertCoefficients(reference, shifted, 1, "shifted x");

            var negated = Fit(cohort with { Covariate = [.. cohort.Covariate.Select(x => -x)] }, options)!;
            AssertCoefficients(reference, negated, -1, "negated x");

            var permuted = Fit(cohort.Permute(order), options)!;
            AssertCoefficients(reference, permuted, 1, "permuted rows");

            var rescaled = Fit(cohort with { Times = [.. cohort.Times.Select(x => x * scale)] }, options)!;
            AssertCoefficients(reference, rescaled, 1, "scaled time");
        });

        // Guard against a generator whose cohorts are almost all discarded as unidentified.
        Assert.True(identified >= PropertySettings.Iterations / 3, $"only {identified} of {PropertySettings.Iterations} cohorts gave a finite fit");
    }

    /// <summary>The fit, or null when the data do not identify finite coefficients (discarded).</summary>
    private static CoxResult? Fit(PropertyCohort cohort, CoxOptions options)
    {
        if (cohort.Events.Count(e => e) < 3 || cohort.Covariate.Distinct().Count() < 2 || cohort.Covariate2.Distinct().Count() < 2)
        {
            return null;
        }

        var sample = SurvivalSample.Create(cohort.Times, cohort.Events);
        var x = DesignMatrix.FromColumns(["x", "z"], [cohort.Covariate, cohort.Covariate2]);
        // An aliased z (constant within the risk sets) has a NaN coefficient (R's NA) and is discarded below.
        var fit = CoxRegression.Fit(sample, x, options);
        var identified = fit.Converged && fit.Coefficients.All(c => Math.Abs(c.Coef) < 5 && double.IsFinite(c.Se) && c.Se < 5);
        return identified ? fit : null;
    }

    private static void AssertCoefficients(CoxResult expected, CoxResult actual, double signOfX, string what)
    {
        NumericAssert.Close(signOfX * expected.Coefficients[0].Coef, actual.Coefficients[0].Coef, rel: Tolerance, abs: Tolerance, what: $"coef x ({what})");
        NumericAssert.Close(expected.Coefficients[1].Coef, actual.Coefficients[1].Coef, rel: Tolerance, abs: Tolerance, what: $"coef z ({what})");
        NumericAssert.Close(expected.Coefficients[0].Se, actual.Coefficients[0].Se, rel: Tolerance, abs: Tolerance, what: $"se x ({what})");
        NumericAssert.Close(expected.LogLik, actual.LogLik, rel: 1e-9, abs: 1e-9, what: $"log-likelihood ({what})");
    }
}
