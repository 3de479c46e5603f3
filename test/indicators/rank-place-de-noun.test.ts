// A place in a ranking closed by 的 before a noun (对排名全市后2位的部门进行通报, 培育排名全省前10位的龙头企业8家): the place picks out
// which things a measure is done to, or which kind is counted, by the rank they already hold, whatever the act after the noun; it
// is no level to reach. A ranking the plan sets runs into no 的-noun (综合排名保持全省前3位) and stays an item. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (s: string) => brief(indicators(s, ANNUAL_2027)).map((b) => b.split('|').slice(1, 3).join('|'));

describe('indicators: a ranking place closed by 的 before a noun (排名后N位的X) picks out what a measure is done to', () => {
  it('should support a ranking place before 的 and a noun as no indicator', () => {
    expect(values('全年开展督查2次，对排名全市后2位的部门进行通报。')).toEqual(['2|次']);
    expect(values('新建村级示范点6个，对评比排名全区后3名的村组织开展整改。')).toEqual(['6|个']);
    expect(values('推动企业做大做强，培育排名全省前10位的龙头企业8家。')).toEqual(['8|家']);
  });
  it('should not support a ranking the plan sets as no indicator', () => {
    expect(values('全市政务服务满意度排名保持全省前3位。')).toEqual(['3|位']);
    expect(values('力争全区营商环境评价排名进入全市前5名。')).toEqual(['5|名']);
    expect(values('全年开展督查2次，全县考核排名保持全市前2位。')).toEqual(['2|次', '2|位']);
  });
});
