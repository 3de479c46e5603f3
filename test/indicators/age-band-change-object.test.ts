// An age bounded after it and run into a population word (65岁及以上老年人, 0—6岁以下儿童) after a verb of change names the people the
// verb's object is about (提高65岁及以上老年人健康管理服务质量), as statistics name age groups; a change of an age is written unbounded
// with no people after it (人均预期寿命提高1岁). So the age is no amount of the change, and no metric of an earlier clause is carried
// to it. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 3).join('|'));

describe('indicators: an age band after a change verb names its object people (提高65岁及以上老年人…质量)', () => {
  it('should support an age band of the object people as no change', () => {
    expect(values('全区高血压患者规范管理率达到70%，提高65岁及以上老年人中医药健康管理服务质量。')).toEqual(['70|%']);
    expect(values('孕产妇系统管理率保持在92%以上，进一步提升3岁以下婴幼儿照护服务水平。')).toEqual(['92|%']);
    expect(values('家庭医生签约率稳定在80%，扩大60周岁以上的困难老年人签约覆盖面。')).toEqual(['80|%']);
  });
  it('should not support an unbounded age change, or a bounded age with no people after it, as no change', () => {
    expect(values('人均预期寿命提高1岁，婴儿死亡率下降到4‰以下。')).toEqual(['1|岁', '4|‰']);
    expect(values('全市人均预期寿命达到80岁，较上年提高0.5岁以上。')).toEqual(['80|岁', '0.5|岁']);
  });
});
