// Element ids of the report, in one place so the tree, the tables and the source agree.
export const ids = {
  doc: (d: number) => `doc-${d}`,
  section: (d: number, k: number) => `doc-${d}-s${k}`,
  indicator: (d: number, k: number) => `doc-${d}-i${k}`,
  indicatorRow: (d: number, k: number) => `doc-${d}-ir${k}`,
  diagnostic: (d: number, k: number) => `doc-${d}-g${k}`,
  diagnosticRow: (d: number, k: number) => `doc-${d}-gr${k}`,
  metric: (m: number) => `metric-${m}`,
};
