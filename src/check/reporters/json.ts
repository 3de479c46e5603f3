// eslint's JSON result shape: one object per file with messages, suppressedMessages and counts.
// severity is 2 for errors and 1 for warnings as in eslint. eslint has no info level and its
// severity 0 means "off", so plan-extract's info messages are given severity 1 as well (tools that
// read eslint output show them as warnings); infoCount says how many of the warningCount are infos.
import { resolve } from 'node:path';
import type { Diagnostic } from '../../schema.js';
import type { FileResult, ReportContext } from './types.js';

export interface EslintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
  suppressions?: Array<{ kind: string; justification: string }>;
}

export interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
  suppressedMessages: EslintMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: never[];
}

const SEVERITY = { error: 2, warning: 1, info: 1 } as const;

function message(d: Diagnostic): EslintMessage {
  return {
    ruleId: d.rule,
    severity: SEVERITY[d.severity],
    message: d.message,
    line: d.position.start.line,
    column: d.position.start.column,
    endLine: d.position.end.line,
    endColumn: d.position.end.column,
  };
}

export function eslintResults(results: readonly FileResult[], context: ReportContext): EslintResult[] {
  return results.map((r) => {
    const messages: EslintMessage[] = r.messages.map(message);
    if (r.error !== undefined) messages.unshift({ ruleId: null, severity: 2, fatal: true, message: r.error, line: 1, column: 1 });
    return {
      filePath: r.path === '-' ? '<stdin>' : resolve(context.cwd, r.path),
      messages,
      suppressedMessages: r.suppressed.map((d) => ({ ...message(d), suppressions: [{ kind: 'file', justification: '' }] })),
      errorCount: messages.filter((m) => m.severity === 2).length,
      fatalErrorCount: messages.filter((m) => m.fatal).length,
      warningCount: messages.filter((m) => m.severity === 1).length,
      infoCount: r.messages.filter((d) => d.severity === 'info').length,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    };
  });
}

export function json(results: readonly FileResult[], context: ReportContext): string {
  return `${JSON.stringify(eslintResults(results, context))}\n`;
}
