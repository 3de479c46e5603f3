// Offsets to unist points, and positions that meet sharing their point.
import { describe, expect, it } from 'vitest';
import { Locator } from '../../src/text/locate.js';
import { extract } from '../../src/pipeline.js';

describe('Locator.position', () => {
  const text = '一、总则\n二、目标\r\n三、措施';

  it('should support the same points whether positions meet or not', () => {
    const meeting = new Locator(text);
    const apart = new Locator(text);
    const ranges: Array<[number, number]> = [[0, 5], [5, 11], [11, 11], [11, text.length], [3, 8]];
    for (const [s, e] of ranges) {
      const expected = { start: apart.point(s), end: apart.point(e) };
      expect(meeting.position(s, e)).toEqual(expected);
    }
  });

  it('should support one point object where a position starts at the end of the one before, or is empty', () => {
    const locator = new Locator(text);
    const first = locator.position(0, 5);
    const second = locator.position(5, 11);
    const empty = locator.position(11, 11);
    expect(second.start).toBe(first.end);
    expect(empty.start).toBe(empty.end);
    expect(locator.position(3, 8).start).not.toBe(first.end);
  });

  it('should support a tree with shared points as plain data (structuredClone, JSON)', async () => {
    const plan = await extract('一、总则\n加强监测。\n二、目标\n到2025年，婴儿死亡率下降到4‰以下。\n');
    const [a, b] = plan.children as Array<{ position: { start: object; end: object } }>;
    expect(b?.position.start).toBe(a?.position.end);
    expect(structuredClone(plan)).toEqual(JSON.parse(JSON.stringify(plan)));
  });
});
