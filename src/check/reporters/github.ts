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

export function annotations(results: readonly FileResult[]): string {
  let out = '';
  for (const r of results) {
    const file = escapeProperty(r.path);
    if (r.error !== undefined) out += `::error file=${file},title=${escapeProperty('plan-extract')}::${escapeData(`${r.path}: ${r.error}`)}\n`;
    for (const m of r.messages) {
      const { start, end } = m.position;
      const props = [`file=${file}`, `line=${start.line}`, `endLine=${end.line}`, `col=${start.column}`];
      if (end.line === start.line) props.push(`endColumn=${end.column}`);
      props.push(`title=${escapeProperty(m.rule)}`);
      out += `::${LEVEL[m.severity]} ${props.join(',')}::${escapeData(`${m.message} (${m.rule})`)}\n`;
    }
  }
  return out;
}

export function github(results: readonly FileResult[]): string {
  return annotations(results) + stylish(results);
}
