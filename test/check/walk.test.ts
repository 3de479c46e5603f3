// The tree walks the check rules share (src/check/walk.ts, src/check/tree-walks.ts): made once per check run, never across trees.
import { describe, expect, it } from 'vitest';
import { TreeWalks } from '../../src/check/tree-walks.js';
import { leaves, sections } from '../../src/check/walk.js';
import { extract } from '../../src/pipeline.js';

describe('check tree walks', () => {
  it('should walk each tree on its own when several are checked in one process', async () => {
    const one = await extract('一、总体要求\n坚持以人民健康为中心。\n二、主要任务\n建成3个中心。', { path: 'one.txt' });
    const two = await extract('一、工作目标\n提高服务能力。', { path: 'two.txt' });
    expect(leaves(one.children).map((v) => v.leaf.text)).toEqual(['一、总体要求', '坚持以人民健康为中心。', '二、主要任务', '建成3个中心。']);
    expect(leaves(two.children).map((v) => v.leaf.text)).toEqual(['一、工作目标', '提高服务能力。']);
    expect(sections(one.children).map((v) => v.section.marker)).toEqual(['一、', '二、']);
    expect(sections(two.children).map((v) => v.section.marker)).toEqual(['一、']);
  });

  it('should give the rules of one run the same walk, and a new run a walk of its own', async () => {
    const plan = await extract('一、总体要求\n（一）目标\n建成3个中心。', { path: 'doc.txt' });
    const run = new TreeWalks(plan.children);
    expect(run.leaves).toBe(run.leaves);
    expect(run.sections).toBe(run.sections);
    expect(run.numbering).toBe(run.numbering);
    expect(new TreeWalks(plan.children).leaves).not.toBe(run.leaves);
    expect(new TreeWalks(plan.children).leaves).toEqual(run.leaves);
    expect(sections(plan.children).map((v) => [v.section.marker, v.parent?.marker])).toEqual([
      ['一、', undefined],
      ['（一）', '一、'],
    ]);
  });
});
