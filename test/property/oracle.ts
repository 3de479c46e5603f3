// What every plan must satisfy, whatever the input: it matches the schema, it is lossless (the
// leaves, in tree order, are the text; each node's position slices out exactly its value; children
// tile their parent), and every position's line and column agree with its offset.
import fc from 'fast-check';
import { expect, type TaskContext } from 'vitest';
import { planSchema, type Plan, type PlanChild, type Point, type Position } from '../../src/schema.js';

/** Line starts by an independent reading: a line ends at \n, \r\n or a lone \r. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/gu)) starts.push((m.index ?? 0) + m[0].length);
  return starts;
}

/** Fails with `what` (made only then: the checks run on every point of every plan). */
function fail(what: () => string): never {
  throw new Error(what());
}

function checkPoint(point: Point, starts: readonly number[], length: number, what: string): void {
  if (!(point.offset >= 0 && point.offset <= length)) fail(() => `${what}: offset ${point.offset} outside the text (0..${length})`);
  let line = 0;
  for (let lo = 0, hi = starts.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= point.offset) {
      line = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const column = point.offset - (starts[line] as number) + 1;
  if (point.line !== line + 1 || point.column !== column) {
    fail(() => `${what}: offset ${point.offset} is at ${line + 1}:${column}, the plan says ${point.line}:${point.column}`);
  }
}

function checkPosition(position: Position, starts: readonly number[], length: number, what: string): void {
  checkPoint(position.start, starts, length, `${what} start`);
  checkPoint(position.end, starts, length, `${what} end`);
  if (position.start.offset > position.end.offset) fail(() => `${what}: starts after it ends (${JSON.stringify(position)})`);
}

/** `text` must be the slice of the source at `position`. */
function checkSlice(source: string, position: Position, text: string, what: string): void {
  const slice = source.slice(position.start.offset, position.end.offset);
  if (slice !== text) fail(() => `${what}: ${JSON.stringify(text)} is not its slice of the text ${JSON.stringify(slice)}`);
}

/** Children tile [start, end) of their parent; each leaf's value is its slice of the text. */
function checkChildren(children: readonly PlanChild[], text: string, start: number, end: number, starts: readonly number[]): void {
  let at = start;
  for (const child of children) {
    checkPosition(child.position, starts, text.length, child.type);
    if (child.position.start.offset !== at) fail(() => `${child.type} at ${child.position.start.offset} does not start where the one before ended (${at})`);
    if (child.type === 'section') checkChildren(child.children, text, child.position.start.offset, child.position.end.offset, starts);
    else checkSlice(text, child.position, child.value, `${child.type} value`);
    at = child.position.end.offset;
  }
  if (at !== end) fail(() => `children end at ${at}, their parent at ${end}`);
}

export function checkPlan(plan: Plan, text: string): void {
  const parsed = planSchema.safeParse(plan);
  if (!parsed.success) fail(() => `the plan does not match the schema: ${parsed.error.message}`);
  const starts = lineStarts(text);
  checkPosition(plan.position, starts, text.length, 'plan');
  if (plan.position.start.offset !== 0 || plan.position.end.offset !== text.length) fail(() => `the plan spans ${JSON.stringify(plan.position)}, not the whole text`);
  checkChildren(plan.children, text, 0, text.length, starts);
  for (const i of plan.indicators) {
    checkPosition(i.position, starts, text.length, 'indicator');
    checkSlice(text, i.position, i.text, 'indicator text');
  }
  for (const d of plan.dates) {
    checkPosition(d.position, starts, text.length, 'date');
    checkSlice(text, d.position, d.text, 'date text');
  }
  for (const d of plan.diagnostics) checkPosition(d.position, starts, text.length, `diagnostic ${d.rule}`);
}

/** Total runs asked for by `npm run fuzz` (scripts/fuzz.mjs), or undefined in the normal test run. */
const FUZZ_RUNS = Number(process.env.PLAN_EXTRACT_FUZZ_RUNS) || undefined;

/**
 * Runs a property `runs` times in the normal test run, or its `share` of the fuzz total; records
 * the runs made in the test's meta (summed by scripts/fuzz.mjs) and fails with fast-check's report.
 */
export async function runProperty<T>(context: TaskContext, property: fc.IAsyncPropertyWithHooks<T>, runs: number, share: number): Promise<void> {
  const numRuns = FUZZ_RUNS ? Math.ceil(FUZZ_RUNS * share) : runs;
  // extract() runs synchronously, so without a pause between runs vitest's worker could not
  // answer its own messages for the whole property, and gives up on them after a minute.
  const yielding = property.beforeEach(async (previous) => {
    await new Promise((resolve) => setImmediate(resolve));
    await previous();
  });
  const details = await fc.check(yielding, { numRuns });
  (context.task.meta as { runs?: number }).runs = details.numRuns;
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? 'property failed');
  expect(details.numRuns).toBe(numRuns);
}

/** The per-test timeout: generous when fuzzing. */
export const PROPERTY_TIMEOUT = FUZZ_RUNS ? 24 * 3600_000 : 600_000;
