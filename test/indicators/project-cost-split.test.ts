// A project list says who pays for each project (资金来源：市级承担60%、区级承担40%): the share of the cost each level of government
// bears is a funding arrangement, not a level to reach (gold g596). A bounded share, or a share of a task rather than of a cost, stays.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names, ANNUAL_2024 } from './helpers.js';

const amounts = (text: string): string[] => names(text, ANNUAL_2024).map((n) => n.split('|').slice(1).join('|'));

describe('indicators: the cost split of a project (资金来源：市级承担N%、区级承担M%)', () => {
  it('should support the shares the levels of government bear as no indicator', () => {
    expect(amounts('新建社区食堂8个。资金来源：市级承担70%、县级承担30%。')).toEqual(['8|个']);
    expect(amounts('改造农村公路45公里，省级财政分担50%，区财政承担50%。')).toEqual(['45|公里']);
  });
  it('should not support a bounded share or a share of a task as no indicator', () => {
    expect(amounts('县级财政承担比例不低于30%。')).toEqual(['30|%']);
    expect(amounts('村卫生室承担的基本公共卫生服务任务比例不低于40%。')).toEqual(['40|%']);
  });
});
