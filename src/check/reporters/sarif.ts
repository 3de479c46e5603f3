// SARIF 2.1.0 for code-scanning tools: one run, the registered rules as the driver's rules, one
// result per problem (suppressed ones marked as such), unreadable files as tool notifications.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../../schema.js';
import { RULES } from '../registry.js';
import type { FileResult, ReportContext } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

function artifactUri(path: string, cwd: string): string {
  if (path === '-') return 'stdin';
  const rel = relative(cwd, resolve(cwd, path));
  const parts = rel.split(sep);
  if (rel.startsWith('..') || isAbsolute(rel)) return pathToFileURL(resolve(cwd, path)).href;
  return parts.map(encodeURIComponent).join('/');
}

export function sarifLog(results: readonly FileResult[], context: ReportContext): Record<string, unknown> {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const artifactLocation = (path: string) => {
    const uri = artifactUri(path, context.cwd);
    return uri.startsWith('file:') || uri === 'stdin' ? { uri } : { uri, uriBaseId: '%SRCROOT%' };
  };
  const result = (path: string, d: Diagnostic, suppressed: boolean) => {
    const index = ruleIndex.get(d.rule);
    return {
      ruleId: d.rule,
      ...(index === undefined ? {} : { ruleIndex: index }),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(path),
            region: {
              startLine: d.position.start.line,
              startColumn: d.position.start.column,
              endLine: d.position.end.line,
              endColumn: d.position.end.column,
              charOffset: d.position.start.offset,
              charLength: d.position.end.offset - d.position.start.offset,
            },
          },
        },
      ],
      ...(suppressed ? { suppressions: [{ kind: 'external', status: 'accepted' }] } : {}),
    };
  };
  const notifications = results
    .filter((r) => r.error !== undefined)
    .map((r) => ({
      level: 'error',
      message: { text: `${r.path}: ${r.error}` },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(r.path) } }],
    }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plan-extract',
            version: context.version,
            informationUri: 'https://www.npmjs.com/package/plan-extract',
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description.split(/(?<=[.:])\s/u)[0] as string },
              fullDescription: { text: r.description },
              help: { text: `${r.description}\n\nBad:\n${r.bad}\n\nGood:\n${r.good}` },
              ...(r.url ? { helpUri: r.url } : {}),
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(context.cwd.endsWith(sep) ? context.cwd : context.cwd + sep).href } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) => [...r.messages.map((d) => result(r.path, d, false)), ...r.suppressed.map((d) => result(r.path, d, true))]),
      },
    ],
  };
}

export function sarif(results: readonly FileResult[], context: ReportContext): string {
  return `${JSON.stringify(sarifLog(results, context), null, 2)}\n`;
}
