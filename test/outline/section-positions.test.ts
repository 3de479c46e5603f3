// Section positions: placed at their first and last children when the outline is finished (a
// placeholder shared by all sections before that must never reach the output).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import type { PlanChild, Section } from '../../src/schema.js';

function sectionsOf(children: readonly PlanChild[]): Section[] {
  return children.flatMap((c) => (c.type === 'section' ? [c, ...sectionsOf(c.children)] : []));
}

describe('section positions', () => {
  it('should support each section spanning its children, with a position object of its own', async () => {
    const text = '一、总则\n加强监测。一是完善制度；二是强化考核。\n二、目标\n（一）到2025年\n婴儿死亡率下降到4‰以下。\n';
    const sections = sectionsOf((await extract(text)).children);
    expect(sections.length).toBeGreaterThan(3);
    expect(new Set(sections.map((s) => s.position)).size).toBe(sections.length);
    for (const s of sections) {
      const first = s.children[0] as PlanChild;
      const last = s.children[s.children.length - 1] as PlanChild;
      expect(s.position).toEqual({ start: first.position.start, end: last.position.end });
    }
  });
});
