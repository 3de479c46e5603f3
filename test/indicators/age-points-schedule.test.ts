// A count of times shared out by 各 over the ages or weeks of pregnancy care falls at (在3、6、12月龄时各提供1次健康检查,
// 孕16周、孕28周各检测1次) is the schedule a service norm sets for each person, as ordinal points after an event are: no target.
// A bound word still sets one, and a number of places or units before 各 is no point of time. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const values = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join(''));

describe('indicators: a count shared out by 各 over the ages or weeks care falls at', () => {
  it('should not support one time at each of a list of 月龄, 岁 or 孕周', () => {
    expect(values('社区卫生服务中心为婴儿在1、3、6、9月龄时各进行1次体格检查。')).toEqual([]);
    expect(values('对辖区幼儿在4岁、5岁时各开展1次视力筛查。')).toEqual([]);
    expect(values('孕妇在孕18周、孕30周各接受1次超声检查。')).toEqual([]);
  });

  it('should not support it beside a target of the same sentence, which stays', () => {
    expect(values('婴儿健康管理率达到92%，在2、4、10月龄时各上门随访1次。')).toEqual(['92%']);
  });

  it('should support a bound word after the points, and 各 over places', () => {
    expect(values('在6、12月龄时各至少开展1次血红蛋白检测。')).toContain('1次');
    expect(values('城关镇、石桥镇各新建1所幼儿园。')).toContain('1所');
  });
});
