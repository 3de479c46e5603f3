// GitHub Actions workflow commands: one annotation per problem,
//   ::warning file=seeds/004.txt,line=185,endLine=185,col=3,endColumn=6,title=numbering/duplicate::Duplicate number (三)
// with the data escaped (% CR LF) and the properties escaped (% CR LF : ,) as the runner requires.
// GitHub shows only ten annotations of each kind per step, so the stylish report follows.
import type { FileResult } from './types.js';
import { stylish } from './stylish.js';

export function escapeData(s: string): string {
  return s.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;
type Level = (typeof LEVEL)[keyof typeof LEVEL];
const ORDER: Record<Level, number> = { error: 0, warning: 1, notice: 2 };

/** GitHub shows at most this many annotations of each kind per step; the rest are only in the report. */
export const ANNOTATIONS_PER_KIND = 10;

/**
 * One workflow command per problem, errors first (then warnings, then notices, each in report
 * order), at most ANNOTATIONS_PER_KIND of each kind, and a final notice saying how many were not shown.
 */
export function annotations(results: readonly FileResult[]): string {
  const all: Array<{ level: Level; line: string }> = [];
  for (const r of results) {
    const file = escapeProperty(r.path);
    if (r.error !== undefined) all.push({ level: 'error', line: `::error file=${file},title=${escapeProperty('plan-extract')}::${escapeData(`${r.path}: ${r.error}`)}\n` });
    for (const m of r.messages) {
      const { start, end } = m.position;
      const props = [`file=${file}`, `line=${start.line}`, `endLine=${end.line}`, `col=${start.column}`];
      if (end.line === start.line) props.push(`endColumn=${end.column}`);
      props.push(`title=${escapeProperty(m.rule)}`);
      all.push({ level: LEVEL[m.severity], line: `::${LEVEL[m.severity]} ${props.join(',')}::${escapeData(`${m.message} (${m.rule})`)}\n` });
    }
  }
  // A stable sort: report order is kept within each kind.
  all.sort((a, b) => ORDER[a.level] - ORDER[b.level]);
  const shown: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  let out = '';
  let hidden = 0;
  for (const a of all) {
    if (shown[a.level] < ANNOTATIONS_PER_KIND) {
      shown[a.level]++;
      out += a.line;
    } else hidden++;
  }
  if (hidden > 0) {
    out += `::notice title=plan-extract::${escapeData(`${hidden} more annotation${hidden === 1 ? '' : 's'} not shown (GitHub shows ${ANNOTATIONS_PER_KIND} of each kind per step): see the report in the log`)}\n`;
  }
  return out;
}

export function github(results: readonly FileResult[]): string {
  return annotations(results) + stylish(results);
}
