// Invariants of the parse and outline stages over generated documents: the leaves tile the
// input (lossless), positions agree with offsets, depths are consistent, nothing throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { planSchema, type PlanChild } from '../../src/schema.js';
import { Locator } from '../../src/text/locate.js';

/** Pieces that exercise the outline: markers of every scheme, stops, bullets, breaks, spaces. */
const piece = fc.constantFrom(
  '一、', '二、', '(一)', '（二）', '1.', '2、', '１．', '(1)', '（2）', '①', '②', '第一章', '第二条', '一方面,', '另一方面，',
  '一是', '二是', '三要', '统一要求', '加强', '工作', '建设', '。', '；', ':', ',', '，', '- ', ' - ', ' ', '\u3000', '\u00a0',
  '\n', '\n\n', '\r\n', '\r', '婴儿死亡率下降到4‰以下', '2024年', '某市2024年卫生健康工作要点', '当前位置:首页 > 规划', '标签:',
  '"', '“', '》', '\ud83d\ude00', '\ufffd', '#', '**',
);
const documentText = fc.oneof(fc.array(piece, { maxLength: 60 }).map((a) => a.join('')), fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 }));

function leaves(children: PlanChild[], out: Array<Exclude<PlanChild, { type: 'section' }>> = []) {
  for (const c of children) {
    if (c.type === 'section') leaves(c.children, out);
    else out.push(c);
  }
  return out;
}

function depthsConsistent(children: PlanChild[], depth: number): boolean {
  return children.every((c) => c.type !== 'section' || (c.depth === depth && depthsConsistent(c.children, depth + 1)));
}

/** A body run together on one line (markers searched inside it): pieces with the breaks left out, padded past the length that makes it one. */
const runTogetherText = fc
  .array(piece.filter((p) => !/[\r\n]/u.test(p)), { minLength: 20, maxLength: 120 })
  .map((a) => `${a.join('')}${'各单位要加强组织领导。'.repeat(50)}${a.reverse().join('\f')}`);

describe('outline invariants', () => {
  it('should be lossless and positioned on a body run together on one line', async () => {
    await fc.assert(
      fc.asyncProperty(runTogetherText, async (text) => {
        const plan = await extract(text);
        planSchema.parse(plan);
        const ls = leaves(plan.children);
        expect(ls.map((l) => l.value).join('')).toBe(text);
        for (const l of ls) expect(text.slice(l.position.start.offset, l.position.end.offset)).toBe(l.value);
        expect(depthsConsistent(plan.children, 1)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  for (const path of ['doc.txt', 'doc.md']) {
    it(`should be lossless, positioned and never throw on arbitrary ${path} input`, async () => {
      await fc.assert(
        fc.asyncProperty(documentText, async (text) => {
          const plan = await extract(text, { path });
          planSchema.parse(plan);
          const ls = leaves(plan.children);
          expect(ls.map((l) => l.value).join('')).toBe(text);
          const locator = new Locator(text);
          for (const l of ls) {
            expect(text.slice(l.position.start.offset, l.position.end.offset)).toBe(l.value);
            expect(l.position.start).toEqual(locator.point(l.position.start.offset));
          }
          expect(depthsConsistent(plan.children, 1)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  }
});
