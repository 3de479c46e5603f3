// The formats compare writes: a module of its own, so the command's definition offers them
// without loading the comparison.
export const COMPARE_FORMATS = ['markdown', 'csv', 'json'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];
