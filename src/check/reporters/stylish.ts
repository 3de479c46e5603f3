// The default reporter: grouped by file, one line per problem (line:column, severity, message,
// rule), a summary at the end — the layout of eslint's stylish and vfile-reporter.
import chalk from 'chalk';
import { ruleById } from '../registry.js';
import type { FileResult } from './types.js';
import { totals } from './types.js';

/** Terminal columns a string takes (CJK and full-width forms take two). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    w +=
      (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000
        ? 2
        : 1;
  }
  return w;
}

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function stylish(results: readonly FileResult[]): string {
  let out = '';
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const rows = result.messages.map((m) => ({
      place: `${m.position.start.line}:${m.position.start.column}`,
      severity: m.severity,
      message: m.message.replace(/\s*[\r\n]+\s*/gu, ' '),
      rule: m.rule,
    }));
    // (Folded, not spread into Math.max: a file may have more messages than a call has arguments.)
    const placeWidth = rows.reduce((w, r) => Math.max(w, r.place.length), 0);
    const messageWidth = rows.reduce((w, r) => Math.max(w, displayWidth(r.message)), 0);
    out += `\n${chalk.underline(result.path)}\n`;
    for (const r of rows) {
      const severity = r.severity === 'error' ? chalk.red('error  ') : r.severity === 'warning' ? chalk.yellow('warning') : chalk.blue('info   ');
      out += `  ${chalk.dim(r.place.padStart(placeWidth))}  ${severity}  ${pad(r.message, messageWidth)}  ${chalk.dim(r.rule)}\n`;
    }
  }
  const t = totals(results);
  const problems = t.errors + t.warnings + t.infos;
  if (problems === 0 && t.unreadable === 0) return out;
  const parts = [plural(t.errors, 'error'), plural(t.warnings, 'warning')];
  if (t.infos > 0) parts.push(plural(t.infos, 'info'));
  let summary = `${t.errors > 0 || t.unreadable > 0 ? '✖' : t.warnings > 0 ? '⚠' : 'ℹ'} ${plural(problems, 'problem')} (${parts.join(', ')})`;
  if (t.unreadable > 0) summary += `, ${plural(t.unreadable, 'file')} could not be read`;
  const color = t.errors > 0 || t.unreadable > 0 ? chalk.red : t.warnings > 0 ? chalk.yellow : chalk.blue;
  return `${out}\n${color.bold(summary)}\n${ruleLinks(results)}`;
}

/** Where each reported rule is documented, one line per rule in order of first appearance. */
function ruleLinks(results: readonly FileResult[]): string {
  const ids = [...new Set(results.flatMap((r) => r.messages.map((m) => m.rule)))];
  const rules = ids.flatMap((id) => {
    const url = ruleById(id)?.url;
    return url ? [{ id, url }] : [];
  });
  if (rules.length === 0) return '';
  const width = Math.max(...rules.map((r) => r.id.length));
  return `\nRules:\n${rules.map((r) => `  ${r.id.padEnd(width)}  ${chalk.dim(r.url)}`).join('\n')}\n`;
}
