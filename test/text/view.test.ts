import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { TextView } from '../../src/text/view.js';

describe('TextView', () => {
  it('should support reading full-width numerals as ASCII ones while leaves keep the text as written', () => {
    const text = '到２０２５年，床位达到１２００张。';
    const view = new TextView(text);
    expect(view.source).toBe('到2025年，床位达到1200张。');
    const leaf = view.leaf('paragraph', 0, text.length);
    expect(leaf.text).toBe('到2025年，床位达到1200张。');
    expect(leaf.value).toBe(text);
    expect(leaf.position.end.offset).toBe(text.length);
  });
  it('should support a text without full-width numerals read as it is', () => {
    const text = '到2025年，床位达到1200张。';
    expect(new TextView(text).source).toBe(text);
  });
  it('should support full-width numerals in every stage: markers and indicator text as written, values read', async () => {
    const plan = await extract('一、主要目标\n\n１．到２０２５年，孕产妇死亡率控制在１０／１０万以下，健康素养水平达到３０％。\n');
    const section = plan.children.find((c) => c.type === 'section');
    expect(section?.type === 'section' && section.children.find((c) => c.type === 'section')).toMatchObject({ marker: '１．' });
    expect(plan.indicators.map((i) => [i.value, i.unit, i.comparator, i.year, i.text])).toEqual([
      [10, '/10万', '<=', 2025, '孕产妇死亡率控制在１０／１０万以下'],
      [30, '%', '=', 2025, '健康素养水平达到３０％'],
    ]);
  });
});
