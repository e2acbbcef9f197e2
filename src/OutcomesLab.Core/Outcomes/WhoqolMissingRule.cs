namespace OutcomesLab.Outcomes;

/// <summary>Which WHOQOL-BREF rule decides whether a domain with missing items is scored.</summary>
public enum WhoqolMissingRule
{
    /// <summary>
    /// The WHO SPSS syntax (WHOQOL-BREF manual 1996, Table 3): <c>MEAN.6</c> physical (7 items),
    /// <c>MEAN.5</c> psychological (6), <c>MEAN.2</c> social (3), <c>MEAN.6</c> environment (8), i.e. at
    /// most 1, 1, 1 and 2 items missing. The default.
    /// </summary>
    SpssSyntax,

    /// <summary>
    /// The manual's text: "where up to two items are missing, the mean of other items in the domain is
    /// substituted"; more than two missing, no domain score; the social domain "only if &lt; 1 item is
    /// missing" (read literally: all three answered).
    /// </summary>
    ManualSubstitution,
}
