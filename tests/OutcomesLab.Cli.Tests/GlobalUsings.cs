// The report library's namespaces (the engine moved out of the CLI in issue 15).
global using OutcomesLab.Reporting;
global using OutcomesLab.Reporting.Analyses;
global using OutcomesLab.Reporting.Output;
global using OutcomesLab.Reporting.Plans;
global using OutcomesLab.Reporting.Rendering;
