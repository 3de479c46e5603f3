// Hardening: arbitrary strings and bytes through extract(). It never throws (bytes that are not
// text are refused with a DecodeError, never anything else), the output always passes the plan
// schema, and it is lossless: the values of the leaves, in tree order, give back the decoded text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, DecodeError } from '../../src/decode/decode.js';
import { extract } from '../../src/pipeline.js';
import { planSchema, type Plan, type PlanChild } from '../../src/schema.js';

function leafText(children: readonly PlanChild[]): string {
  return children.map((c) => (c.type === 'section' ? leafText(c.children) : c.value)).join('');
}

/** Pieces that stress the stages: markers of every scheme, quotes, captions, line ends, damage. */
const PIECES = [
  '一、', '二、', '十、', '（一）', '(三)', '1.', '2、', '3．', '（1）', '①', '一是', '二是', '一方面,', '另一方面,', '第一章', '第二节',
  '“', '”', '《', '》', '"', '\n', '\r\n', '\r', '\n\n', ' ', '\u3000', '\t', '- ', '。', '，', ',', ':', '：', '\ufffd', '\ufeff',
  '十个方面的工作：', '主要发展指标', '婴儿死亡率由‰下降到‰', '20232025年', '7.0%', '到2025年', '加强', '工作', '建设', 'abc', '123',
];
const docText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 }).map((a) => a.join(''));

function assertPlan(plan: Plan, text: string): void {
  expect(planSchema.safeParse(plan).success).toBe(true);
  expect(leafText(plan.children)).toBe(text);
}

describe('extract on arbitrary input', () => {
  it('should never throw, always match the schema and be lossless on strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(docText, fc.string({ unit: 'binary', maxLength: 200 })), async (text) => {
        assertPlan(await extract(text, { path: 'doc.txt' }), text);
      }),
      { numRuns: 300 },
    );
  });

  it('should never throw anything but a DecodeError on bytes, and be lossless when it decodes', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      docText.map((t) => new TextEncoder().encode(t)),
      fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], []), fc.uint8Array({ maxLength: 200 })).map(([bom, rest]) => Uint8Array.from([...bom, ...rest])),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (input) => {
        let plan: Plan;
        try {
          plan = await extract(input, { path: 'doc.txt' });
        } catch (error) {
          expect(error).toBeInstanceOf(DecodeError);
          return;
        }
        assertPlan(plan, (await decode(input)).text);
      }),
      { numRuns: 300 },
    );
  });
});
