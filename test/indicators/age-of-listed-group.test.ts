// An age that bounds one member of a list of groups closed by 等 before the service (src/indicators/age-limit.ts ageOfListedGroup):
// the list gives examples of the people served, the age names one of them; INDICATORS.md counts an age only where it is the
// only quantity that defines a service's population.
import { describe, expect, it } from 'vitest';
import { MULTI_YEAR, indicators } from './helpers.js';

const ages = (text: string): number[] =>
  indicators(text, MULTI_YEAR).filter((i) => i.unit === '岁' || i.unit === '周岁' || i.unit === '月龄').map((i) => (Array.isArray(i.value) ? i.value[0]! : i.value as number));

describe('an age of one group in a list closed by 等', () => {
  it('should support no age item where the age bounds the first of the listed groups', () => {
    expect(ages('对70岁以上老年人、孕产妇、慢性肾病患者等重点人群开展免费肺部影像检查。')).toEqual([]);
    expect(ages('为80周岁及以上老人、残疾人等困难群体提供上门随访服务。')).toEqual([]);
  });
  it('should support no age item where the age bounds a later member of the list', () => {
    expect(ages('针对在校学生、3—6岁儿童等人群开展免费口腔检查。')).toEqual([]);
  });
  it('should not support dropping an age that alone bounds the people served', () => {
    expect(ages('为辖区70岁以上老年人免费开展肺部影像检查。')).toEqual([70]);
  });
  it('should not support reading a list of services after the service word as a list of groups', () => {
    expect(ages('为辖区70岁以上老年人提供体检、随访等服务。')).toEqual([70]);
  });
});
