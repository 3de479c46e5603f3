// A share written before the population it is of, with what that part does after it (85%的社区卫生服务中心配备了…): the name
// sets the clause before the noun as a modifier, and a modifier clause drops the perfective 了 of its verb (配备了康复设备 →
// 配备康复设备的…比例), as 定语 clauses are written. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, indicators } from './helpers.js';

const names = (text: string) => indicators(text, ANNUAL_2024).map((i) => i.metric);

describe('a share before its population whose verb carries the perfective 了', () => {
  it('should support the name without 了', () => {
    expect(names('全县85%的村卫生室配备了中医诊疗设备。')).toEqual(['配备中医诊疗设备的村卫生室比例']);
    expect(names('全市72.5%的养老机构设立了医务室。')).toEqual(['设立医务室的养老机构比例']);
  });
  it('should not support dropping a 了 that is not the verb\'s aspect, nor the name of a clause without one', () => {
    expect(names('全县70%的村卫生室具备中医药服务能力。')).toEqual(['具备中医药服务能力的村卫生室比例']);
    expect(names('全市80%的养老机构完成了。').every((n) => !n.includes('完成的'))).toBe(true);
  });
});
