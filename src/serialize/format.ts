// Serializes plan documents for output. YAML is loaded only when asked for.
import type { Plan } from '../schema.js';
import { toCsv } from './csv.js';

export const FORMATS = ['json', 'yaml', 'ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export const EXTENSIONS: Record<Format, string> = { json: '.json', yaml: '.yaml', ndjson: '.ndjson', csv: '.csv' };

/** One document. */
export async function serializeOne(plan: Plan, format: Format, pretty: boolean): Promise<string> {
  if (format === 'csv') return toCsv([plan]);
  if (format === 'yaml') {
    const { stringify } = await import('yaml');
    return stringify(plan, { lineWidth: 0 });
  }
  if (format === 'ndjson') return `${JSON.stringify(plan)}\n`;
  return `${JSON.stringify(plan, null, pretty ? 2 : undefined)}\n`;
}

/** Several documents on one stream: a JSON array, a YAML stream, or one JSON line each. */
export async function serializeMany(plans: Plan[], format: Format, pretty: boolean): Promise<string> {
  if (format === 'csv') return toCsv(plans);
  if (plans.length === 1 && format !== 'ndjson') return serializeOne(plans[0] as Plan, format, pretty);
  if (format === 'json') return `${JSON.stringify(plans, null, pretty ? 2 : undefined)}\n`;
  const parts = await Promise.all(plans.map((p) => serializeOne(p, format, pretty)));
  return format === 'yaml' ? parts.map((p) => `---\n${p}`).join('') : parts.join('');
}
