// Diagnostics are VFile messages (the unified convention that remark-lint and vfile-reporter
// use): every one has a rule id, a severity, a message a person understands, and a place.
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { Diagnostic, Severity } from './schema.js';
import type { Locator } from './text/locate.js';

export const SOURCE = 'plan-extract';

/** Messages already reported on a file, by rule, place and text: one diagnostic per problem and place. */
const reported = new WeakMap<VFile, Map<string, ReturnType<VFile['message']>>>();

/**
 * Runs `make` with no stack trace captured for the Errors it creates: a VFileMessage is an Error,
 * whose construction captures the stack (deep inside the unified pipeline), and vfile then sets
 * its `stack` to '' anyway. A document with tens of thousands of diagnostics spent most of their
 * cost there.
 */
function withoutStackTrace<T>(make: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Reports `message` under `rule` for source[start, end). `subject` is the thing the message is
 *  about (an indicator): it is kept in the message's `ancestors`, the unified field for the nodes
 *  a message concerns, so the check stage can flag it. The same message at the same place is
 *  reported once; a second subject joins the first message. */
export function report(file: VFile, locator: Locator, rule: string, severity: Severity, message: string, start: number, end: number, subject?: object): void {
  let seen = reported.get(file);
  if (!seen) reported.set(file, (seen = new Map()));
  const key = `${rule}\u0000${start}\u0000${end}\u0000${message}`;
  const earlier = seen.get(key);
  if (earlier) {
    if (subject) (earlier.ancestors ??= []).push(subject as Node);
    return;
  }
  const msg = withoutStackTrace(() => file.message(message, { place: locator.position(start, end), ruleId: rule, source: SOURCE, ancestors: subject ? [subject as Node] : undefined }));
  msg.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  seen.set(key, msg);
}

/**
 * VFile messages → the document's diagnostics. A message repeated at the same place (two
 * indicators read from one damaged sentence both report its lost value) is kept once.
 */
export function diagnosticsOf(file: VFile, locator: Locator): Diagnostic[] {
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const m of file.messages) {
    const place = m.place;
    const start = place && 'start' in place ? place.start : place;
    const end = place && 'end' in place ? place.end : start;
    const point = (p: typeof start) => (p && typeof p.offset === 'number' ? locator.point(p.offset) : locator.point(0));
    const severity: Severity = m.fatal ? 'error' : m.fatal === false ? 'warning' : 'info';
    const diagnostic: Diagnostic = { rule: m.ruleId ?? 'unknown', severity, message: m.reason, position: { start: point(start), end: point(end) } };
    const key = `${diagnostic.rule}\u0000${severity}\u0000${diagnostic.position.start.offset}\u0000${diagnostic.position.end.offset}\u0000${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}
