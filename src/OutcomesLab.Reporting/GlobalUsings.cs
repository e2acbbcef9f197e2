// The library's own namespaces, one per folder (Analyses/<kind>/ share OutcomesLab.Reporting.Analyses).
global using OutcomesLab.IO.Json;
global using OutcomesLab.Reporting.Analyses;
global using OutcomesLab.Reporting.Inputs;
global using OutcomesLab.Reporting.Plans;
global using OutcomesLab.Reporting.Rendering;
