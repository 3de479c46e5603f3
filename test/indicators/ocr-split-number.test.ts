// Numbers that OCR or PDF extraction split with one stray space (达到1 00%, 建成1 350个): read as one number where a short
// run of digits follows a Chinese word and the rest runs straight into its unit. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const values = (text: string) => indicators(text, ANNUAL_2024).map((i) => [i.value, i.unit]);

describe('a number split by one stray space', () => {
  it('should support a percentage split after its first digit (达到1 00%)', () => {
    expect(brief(indicators('全县儿童预防接种建证率达到1 00%。', ANNUAL_2024))).toEqual(['儿童预防接种建证率|100|%|=|target|2024']);
  });
  it('should support a rate split inside two digits with a bound word after it (保持在8 8%以上)', () => {
    expect(brief(indicators('孕产妇系统管理率保持在8 8%以上。', ANNUAL_2024))).toEqual(['孕产妇系统管理率|88|%|>=|target|2024']);
  });
  it('should support a count split before its last three digits, full-width digits too (新建健身步道1 350个, 培训２ ４００人次)', () => {
    expect(values('新建健身步道1 350个，培训社区网格员２ ４００人次。')).toEqual([[1350, '个'], [2400, '人次']]);
  });
  it('should support a decimal after the split (人均预期寿命达到7 9.2岁)', () => {
    expect(values('人均预期寿命达到7 9.2岁。')).toEqual([[79.2, '岁']]);
  });
});

describe('numbers a space rightly parts', () => {
  it('should not support joining the cells of a flattened table row (死亡率 12 10)', () => {
    expect(values('婴儿死亡率（‰） 6 5‰').map((v) => v[0])).not.toContain(65);
  });
  it('should not support joining a label number to the quantity after it (表1 100个, 第2 30%)', () => {
    expect(values('见附表1 100个项目清单。').map((v) => v[0])).not.toContain(1100);
  });
  it('should not support joining a number to a year after it (计划1 2025年)', () => {
    expect(values('完成3 2025年度任务。').map((v) => v[0])).not.toContain(32025);
  });
});
