// The formats `export --tables` writes: a module of its own so the command's definition names
// them without loading the table writers.
export const TABLE_FORMATS = ['csv', 'ndjson', 'parquet'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];
