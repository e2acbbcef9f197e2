namespace OutcomesLab.Reporting.Analyses;

/// <summary>
/// The references cited by the methods sentences of the retention, uds, qol, effect and compare
/// sections, keyed as the sentences cite them (<c>[hser2014]</c>). EQ-5D value sets are cited from
/// their own <see cref="OutcomesLab.Outcomes.ValueSetCitation"/> (see <see cref="ValueSet"/>); works the survival
/// sections also cite come from <see cref="ReportCitations"/>, so one key has one text.
/// </summary>
internal static class SectionCitations
{
    public static ReportCitation Hser2014 { get; } = new("hser2014", "Hser YI, Saxon AJ, Huang D, et al. Treatment retention among patients randomized to buprenorphine/naloxone compared to methadone in a multi-site trial. Addiction. 2014;109(1):79-87. doi:10.1111/add.12333");

    public static ReportCitation Kaplan1958 => ReportCitations.KaplanMeier;

    public static ReportCitation Nqf3175 { get; } = new("nqf3175", "National Quality Forum. Continuity of pharmacotherapy for opioid use disorder (NQF #3175; measure steward: University of Southern California). Washington (DC): National Quality Forum; 2017.");

    public static ReportCitation Pqa { get; } = new("pqa-pdc", "Pharmacy Quality Alliance. Adherence measures: proportion of days covered (PDC) [Internet]. Alexandria (VA): Pharmacy Quality Alliance. Available from: https://www.pqaalliance.org/adherence-measures");

    public static ReportCitation Lee2018 { get; } = new("lee2018", "Lee JD, Nunes EV, Novo P, et al. Comparative effectiveness of extended-release naltrexone versus buprenorphine-naloxone for opioid relapse prevention (X:BOT): a multicentre, open-label, randomised controlled trial. Lancet. 2018;391(10118):309-318. doi:10.1016/S0140-6736(17)32812-X");

    public static ReportCitation CtNote { get; } = new("ctnote", "Odom GJ, Brandt L, Balise RR. CTNote: CTN Outcomes, Treatments, and Endpoints [software]. R package version 0.1.0. 2022. doi:10.32614/CRAN.package.CTNote");

    public static ReportCitation Devlin2010 { get; } = new("devlin2010", "Devlin NJ, Parkin D, Browne J. Patient-reported outcome measures in the NHS: new methods for analysing and reporting EQ-5D data. Health Econ. 2010;19(8):886-905. doi:10.1002/hec.1608");

    public static ReportCitation JacobsonTruax1991 { get; } = new("jacobson1991", "Jacobson NS, Truax P. Clinical significance: a statistical approach to defining meaningful change in psychotherapy research. J Consult Clin Psychol. 1991;59(1):12-19. doi:10.1037/0022-006X.59.1.12");

    public static ReportCitation Maassen2004 { get; } = new("maassen2004", "Maassen GH. The standard error in the Jacobson and Truax Reliable Change Index: the classical approach to the assessment of reliable change. J Int Neuropsychol Soc. 2004;10(6):888-893. doi:10.1017/S1355617704106097");

    public static ReportCitation Student1908 { get; } = new("student1908", "Student. The probable error of a mean. Biometrika. 1908;6(1):1-25. doi:10.1093/biomet/6.1.1");

    public static ReportCitation Cohen1988 { get; } = new("cohen1988", "Cohen J. Statistical Power Analysis for the Behavioral Sciences. 2nd ed. Hillsdale, NJ: Lawrence Erlbaum; 1988.");

    public static ReportCitation Hedges1981 { get; } = new("hedges1981", "Hedges LV. Distribution theory for Glass's estimator of effect size and related estimators. J Educ Stat. 1981;6(2):107-128. doi:10.3102/10769986006002107");

    public static ReportCitation HedgesOlkin1985 { get; } = new("hedges1985", "Hedges LV, Olkin I. Statistical Methods for Meta-Analysis. Orlando, FL: Academic Press; 1985.");

    public static ReportCitation Glass1976 { get; } = new("glass1976", "Glass GV. Primary, secondary, and meta-analysis of research. Educ Res. 1976;5(10):3-8. doi:10.3102/0013189X005010003");

    public static ReportCitation Steiger1997 { get; } = new("steiger1997", "Steiger JH, Fouladi RT. Noncentrality interval estimation and the evaluation of statistical models. In: Harlow LL, Mulaik SA, Steiger JH, eds. What If There Were No Significance Tests? Mahwah, NJ: Lawrence Erlbaum; 1997:221-257.");

    public static ReportCitation BenShachar2020 { get; } = new("benshachar2020", "Ben-Shachar MS, Lüdecke D, Makowski D. effectsize: estimation of effect size indices and standardized parameters. J Open Source Softw. 2020;5(56):2815. doi:10.21105/joss.02815");

    public static ReportCitation Kerby2014 { get; } = new("kerby2014", "Kerby DS. The simple difference formula: an approach to teaching nonparametric correlation. Compr Psychol. 2014;3:11.IT.3.1. doi:10.2466/11.IT.3.1");

    public static ReportCitation Cliff1993 { get; } = new("cliff1993", "Cliff N. Dominance statistics: ordinal analyses to answer ordinal questions. Psychol Bull. 1993;114(3):494-509. doi:10.1037/0033-2909.114.3.494");

    public static ReportCitation Woolf1955 { get; } = new("woolf1955", "Woolf B. On estimating the relation between blood group and disease. Ann Hum Genet. 1955;19(4):251-253. doi:10.1111/j.1469-1809.1955.tb01348.x");

    public static ReportCitation Katz1978 { get; } = new("katz1978", "Katz D, Baptista J, Azen SP, Pike MC. Obtaining confidence intervals for the risk ratio in cohort studies. Biometrics. 1978;34(3):469-474. doi:10.2307/2530610");

    public static ReportCitation Newcombe1998 { get; } = new("newcombe1998", "Newcombe RG. Interval estimation for the difference between independent proportions: comparison of eleven methods. Stat Med. 1998;17(8):873-890. doi:10.1002/(SICI)1097-0258(19980430)17:8<873::AID-SIM779>3.0.CO;2-I");

    public static ReportCitation Altman1998 { get; } = new("altman1998", "Altman DG. Confidence intervals for the number needed to treat. BMJ. 1998;317(7168):1309-1312. doi:10.1136/bmj.317.7168.1309");

    public static ReportCitation Viechtbauer2010 { get; } = new("viechtbauer2010", "Viechtbauer W. Conducting meta-analyses in R with the metafor package. J Stat Softw. 2010;36(3):1-48. doi:10.18637/jss.v036.i03");

    public static ReportCitation Yusuf1985 { get; } = new("yusuf1985", "Yusuf S, Peto R, Lewis J, Collins R, Sleight P. Beta blockade during and after myocardial infarction: an overview of the randomized trials. Prog Cardiovasc Dis. 1985;27(5):335-371. doi:10.1016/S0033-0620(85)80003-7");

    public static ReportCitation Royston2013 => ReportCitations.RoystonParmar;

    public static ReportCitation Chinn2000 { get; } = new("chinn2000", "Chinn S. A simple method for converting an odds ratio to effect size for use in meta-analysis. Stat Med. 2000;19(22):3127-3131. doi:10.1002/1097-0258(20001130)19:22<3127::AID-SIM784>3.0.CO;2-M");

    public static ReportCitation Hasselblad1995 { get; } = new("hasselblad1995", "Hasselblad V, Hedges LV. Meta-analysis of screening and diagnostic tests. Psychol Bull. 1995;117(1):167-178. doi:10.1037/0033-2909.117.1.167");

    public static ReportCitation Holm1979 { get; } = new("holm1979", "Holm S. A simple sequentially rejective multiple test procedure. Scand J Stat. 1979;6(2):65-70.");

    public static ReportCitation BenjaminiHochberg1995 { get; } = new("benjamini1995", "Benjamini Y, Hochberg Y. Controlling the false discovery rate: a practical and powerful approach to multiple testing. J R Stat Soc B. 1995;57(1):289-300. doi:10.1111/j.2517-6161.1995.tb02031.x");

    public static ReportCitation Welch1947 { get; } = new("welch1947", "Welch BL. The generalization of 'Student's' problem when several different population variances are involved. Biometrika. 1947;34(1-2):28-35. doi:10.1093/biomet/34.1-2.28");

    /// <summary>The citation of a tabulated minimal important difference, keyed <c>mid-</c> and the instrument.</summary>
    public static ReportCitation Mid(OutcomesLab.Outcomes.MinimalImportantDifference mid) =>
        new("mid-" + mid.Instrument.ToLowerInvariant(), mid.Citation);

    /// <summary>The citation of an EQ-5D value set, as the EuroQol Research Foundation asks every user to give it.</summary>
    public static ReportCitation ValueSet(OutcomesLab.Outcomes.Eq5dValueSet set)
    {
        var c = set.Citation;
        if (c.Doi is not null && ValueSetPublications.TryGetValue(c.Doi, out var full))
        {
            return new(ValueSetKey(set), full);
        }

        // The eq5d package's references list gives only identifiers for most of its value sets: cite by them.
        var ids = new[] { c.Doi is null ? null : "doi:" + c.Doi, c.PubMedId is null ? null : "PMID: " + c.PubMedId, c.Isbn is null ? null : "ISBN " + c.Isbn, c.Url is null ? null : "Available from: " + c.Url };
        return new(ValueSetKey(set), $"{set.Label} value set. {string.Join(". ", ids.Where(i => i is not null))}");
    }

    // Full Vancouver references of the value sets most used in MOUD research, by DOI (the eq5d package's references.csv has identifiers only).
    private static readonly Dictionary<string, string> ValueSetPublications = new(StringComparer.OrdinalIgnoreCase)
    {
        ["10.1002/hec.3564"] = "Devlin NJ, Shah KK, Feng Y, Mulhern B, van Hout B. Valuing health-related quality of life: an EQ-5D-5L value set for England. Health Econ. 2018;27(1):7-22. doi:10.1002/hec.3564",
        ["10.1097/00005650-199711000-00002"] = "Dolan P. Modeling valuations for EuroQol health states. Med Care. 1997;35(11):1095-1108. doi:10.1097/00005650-199711000-00002",
        ["10.1016/j.jval.2012.02.008"] = "van Hout B, Janssen MF, Feng YS, Kohlmann T, Busschbach J, Golicki D, et al. Interim scoring for the EQ-5D-5L: mapping the EQ-5D-5L to EQ-5D-3L value sets. Value Health. 2012;15(5):708-715. doi:10.1016/j.jval.2012.02.008",
    };

    /// <summary>The citation key of a value set: <c>eq5d-</c>, the instrument and the set's name in lower case, e.g. <c>eq5d-5l-england</c>.</summary>
    public static string ValueSetKey(OutcomesLab.Outcomes.Eq5dValueSet set)
    {
        var version = set.Type switch
        {
            OutcomesLab.Outcomes.Eq5dValueSetType.ThreeLevelTto => "3l",
            OutcomesLab.Outcomes.Eq5dValueSetType.FiveLevelVt => "5l",
            _ => "5l-crosswalk",
        };
        var name = new string([.. set.Name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        return $"eq5d-{version}-{name}";
    }
}
