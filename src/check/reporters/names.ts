// The reporters' names: a module of its own, so the check command's definition offers them
// without loading the reporters.
export const REPORTERS = ['stylish', 'json', 'github', 'sarif'] as const;
export type ReporterName = (typeof REPORTERS)[number];
