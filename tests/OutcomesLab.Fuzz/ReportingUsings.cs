// The report library's namespaces (the engine moved out of the CLI in issue 15).
global using OutcomesLab.Reporting;
global using OutcomesLab.Reporting.Plans;
