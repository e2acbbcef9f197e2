namespace OutcomesLab.Reporting;

/// <summary>The references methods sentences cite, by key (one catalogue so every section cites a work the same way).</summary>
internal static class ReportCitations
{
    /// <summary>The reference cited as <c>[kaplan1958]</c>.</summary>
    public static ReportCitation KaplanMeier { get; } = new("kaplan1958", "Kaplan EL, Meier P. Nonparametric estimation from incomplete observations. J Am Stat Assoc. 1958;53(282):457-481. doi:10.1080/01621459.1958.10501452");

    /// <summary>The reference cited as <c>[greenwood1926]</c>.</summary>
    public static ReportCitation Greenwood { get; } = new("greenwood1926", "Greenwood M. The natural duration of cancer. Reports on Public Health and Medical Subjects, No. 33. London: His Majesty's Stationery Office; 1926. p. 1-26.");

    /// <summary>The reference cited as <c>[brookmeyer1982]</c>.</summary>
    public static ReportCitation BrookmeyerCrowley { get; } = new("brookmeyer1982", "Brookmeyer R, Crowley J. A confidence interval for the median survival time. Biometrics. 1982;38(1):29-41. doi:10.2307/2530286");

    /// <summary>The reference cited as <c>[mantel1966]</c>.</summary>
    public static ReportCitation Mantel { get; } = new("mantel1966", "Mantel N. Evaluation of survival data and two new rank order statistics arising in its consideration. Cancer Chemother Rep. 1966;50(3):163-170.");

    /// <summary>The reference cited as <c>[collett2015]</c> (the log-rank test for trend, sec. 2.6.4).</summary>
    public static ReportCitation Collett { get; } = new("collett2015", "Collett D. Modelling Survival Data in Medical Research. 3rd ed. Boca Raton: CRC Press; 2015. Section 2.6.4: the log-rank test for trend.");

    /// <summary>The reference cited as <c>[peto1972]</c>.</summary>
    public static ReportCitation PetoPeto { get; } = new("peto1972", "Peto R, Peto J. Asymptotically efficient rank invariant test procedures. J R Stat Soc Ser A. 1972;135(2):185-207. doi:10.2307/2344317");

    /// <summary>The reference cited as <c>[harrington1982]</c>.</summary>
    public static ReportCitation HarringtonFleming { get; } = new("harrington1982", "Harrington DP, Fleming TR. A class of rank test procedures for censored survival data. Biometrika. 1982;69(3):553-566. doi:10.1093/biomet/69.3.553");

    /// <summary>The reference cited as <c>[cox1972]</c>.</summary>
    public static ReportCitation Cox { get; } = new("cox1972", "Cox DR. Regression models and life-tables. J R Stat Soc Ser B. 1972;34(2):187-220. doi:10.1111/j.2517-6161.1972.tb00899.x");

    /// <summary>The reference cited as <c>[efron1977]</c>.</summary>
    public static ReportCitation Efron { get; } = new("efron1977", "Efron B. The efficiency of Cox's likelihood function for censored data. J Am Stat Assoc. 1977;72(359):557-565. doi:10.1080/01621459.1977.10480613");

    /// <summary>The reference cited as <c>[breslow1974]</c>.</summary>
    public static ReportCitation Breslow { get; } = new("breslow1974", "Breslow N. Covariance analysis of censored survival data. Biometrics. 1974;30(1):89-99. doi:10.2307/2529620");

    /// <summary>The reference cited as <c>[grambsch1994]</c>.</summary>
    public static ReportCitation GrambschTherneau { get; } = new("grambsch1994", "Grambsch PM, Therneau TM. Proportional hazards tests and diagnostics based on weighted residuals. Biometrika. 1994;81(3):515-526. doi:10.1093/biomet/81.3.515");

    /// <summary>The reference cited as <c>[lin1989]</c>.</summary>
    public static ReportCitation LinWei { get; } = new("lin1989", "Lin DY, Wei LJ. The robust inference for the Cox proportional hazards model. J Am Stat Assoc. 1989;84(408):1074-1078. doi:10.1080/01621459.1989.10478874");

    /// <summary>The reference cited as <c>[cameron2015]</c>.</summary>
    public static ReportCitation CameronMiller { get; } = new("cameron2015", "Cameron AC, Miller DL. A practitioner's guide to cluster-robust inference. J Hum Resour. 2015;50(2):317-372. doi:10.3368/jhr.50.2.317");

    /// <summary>The reference cited as <c>[harrell1982]</c>.</summary>
    public static ReportCitation Harrell { get; } = new("harrell1982", "Harrell FE, Califf RM, Pryor DB, Lee KL, Rosati RA. Evaluating the yield of medical tests. JAMA. 1982;247(18):2543-2546. doi:10.1001/jama.1982.03320430047030");

    /// <summary>The reference cited as <c>[aalen1978]</c>.</summary>
    public static ReportCitation AalenJohansen { get; } = new("aalen1978", "Aalen OO, Johansen S. An empirical transition matrix for non-homogeneous Markov chains based on censored observations. Scand J Stat. 1978;5(3):141-150.");

    /// <summary>The reference cited as <c>[gray1988]</c>.</summary>
    public static ReportCitation Gray { get; } = new("gray1988", "Gray RJ. A class of K-sample tests for comparing the cumulative incidence of a competing risk. Ann Stat. 1988;16(3):1141-1154. doi:10.1214/aos/1176350951");

    /// <summary>The reference cited as <c>[royston2013]</c>.</summary>
    public static ReportCitation RoystonParmar { get; } = new("royston2013", "Royston P, Parmar MKB. Restricted mean survival time: an alternative to the hazard ratio for the design and analysis of randomized trials with a time-to-event outcome. BMC Med Res Methodol. 2013;13:152. doi:10.1186/1471-2288-13-152");

    /// <summary>The reference cited as <c>[therneau-survival]</c>.</summary>
    public static ReportCitation TherneauSurvival { get; } = new("therneau-survival", "Therneau TM. A Package for Survival Analysis in R [software]. R package survival version 3.5-3. 2023. Available from: https://CRAN.R-project.org/package=survival");

    /// <summary>The reference cited as <c>[therneau2000]</c>.</summary>
    public static ReportCitation TherneauGrambsch { get; } = new("therneau2000", "Therneau TM, Grambsch PM. Modeling Survival Data: Extending the Cox Model. New York: Springer; 2000. doi:10.1007/978-1-4757-3294-8");

    /// <summary>The reference cited as <c>[gray-cmprsk]</c>.</summary>
    public static ReportCitation Cmprsk { get; } = new("gray-cmprsk", "Gray B. cmprsk: Subdistribution Analysis of Competing Risks [software]. R package version 2.2-11. 2022. Available from: https://CRAN.R-project.org/package=cmprsk");

    /// <summary>The reference cited as <c>[yoshida-tableone]</c>.</summary>
    public static ReportCitation TableOne { get; } = new("yoshida-tableone", "Yoshida K, Bartel A. tableone: Create 'Table 1' to Describe Baseline Characteristics with or without Propensity Score Weights [software]. R package version 0.13.2. 2022. Available from: https://CRAN.R-project.org/package=tableone");

    /// <summary>The reference cited as <c>[austin2009]</c>.</summary>
    public static ReportCitation Austin { get; } = new("austin2009", "Austin PC. Balance diagnostics for comparing the distribution of baseline covariates between treatment groups in propensity-score matched samples. Stat Med. 2009;28(25):3083-3107. doi:10.1002/sim.3697");

    /// <summary>The reference cited as <c>[yang2012]</c>.</summary>
    public static ReportCitation YangDalton { get; } = new("yang2012", "Yang D, Dalton JE. A unified approach to measuring the effect size between two groups using SAS. In: Proceedings of the SAS Global Forum 2012 Conference; 2012 Apr 22-25; Orlando (FL). Cary (NC): SAS Institute; 2012. Paper 335-2012.");

    /// <summary>The reference cited as <c>[outcomeslab]</c>.</summary>
    public static ReportCitation OutcomesLab { get; } = new("outcomeslab", $"OutcomesLab contributors. {ToolVersion.Title} [software]. Version {ToolVersion.Current}{(ToolVersion.Commit is { } c ? $" (commit {c})" : "")}. {ToolVersion.ReleaseYear}. MIT licence.");
}
