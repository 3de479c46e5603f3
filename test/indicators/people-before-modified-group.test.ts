// Groups of people a scheme names, listed before one rate (低保边缘家庭成员、特困人员救助比例), are one item each; so they are when
// the next group carries its own modifier ending in 的 (…家庭成员、纳入监测范围的…人口救助比例): a people noun before the joiner is
// whole, so the joiner parts groups, not the members of the modifier. Joiners inside a modifier that ends in 的 still join
// nothing, and institutions before one share stay one metric as before. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const metrics = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|')[0]);

describe('indicators: groups of people before a group with its own 的 modifier', () => {
  it('should support one item per group when the second is modified by a 的 phrase', () => {
    expect(metrics('低保边缘家庭成员、纳入监测范围的农村易返贫致贫人口救助比例不低于65%。')).toEqual([
      '低保边缘家庭成员救助比例',
      '纳入监测范围的农村易返贫致贫人口救助比例',
    ]);
    expect(metrics('特困供养人员、享受定期抚恤补助的优抚人员资助参保比例达到100%。')).toEqual([
      '特困供养人员资助参保比例',
      '享受定期抚恤补助的优抚人员资助参保比例',
    ]);
  });

  it('should support 成员 as a population word the groups share a tail at', () => {
    expect(metrics('低保边缘家庭成员、特困人员救助比例为60%。')).toEqual(['低保边缘家庭成员救助比例', '特困人员救助比例']);
  });

  it('should not support parting the members of a 的 modifier, nor institutions before one share', () => {
    expect(metrics('因肺癌、胃癌和肝癌导致的过早死亡率下降到9%以下。')).toHaveLength(1);
    expect(metrics('乡镇卫生院和社区卫生服务中心达到服务能力标准的比例达到85%。')).toHaveLength(1);
  });
});
