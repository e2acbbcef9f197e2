// The report library's namespaces, used by most commands.
global using OutcomesLab.IO.Json;
global using OutcomesLab.Reporting;
global using OutcomesLab.Reporting.Analyses;
global using OutcomesLab.Reporting.Inputs;
global using OutcomesLab.Reporting.Plans;
global using OutcomesLab.Reporting.Rendering;
