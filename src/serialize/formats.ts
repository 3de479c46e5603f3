// The output formats of the data command and their file extensions: a module of its own, so the
// command's definition offers them without loading the serializers.
export const FORMATS = ['json', 'yaml', 'ndjson', 'csv', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export const EXTENSIONS: Record<Format, string> = { json: '.json', yaml: '.yaml', ndjson: '.ndjson', csv: '.csv', markdown: '.md' };
