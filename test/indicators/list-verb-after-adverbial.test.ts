// The verb that opens a clause after its adverbials of time and place (全年|引进培育…, 每年|新建改造…) governs the next object of a
// list after a count bounded by its own 以上 (…60名以上、博士研究生15名), as it does with nothing before it: plans open their targets
// with 全年, 年内, 每年 (src/indicators/object-verb.ts clauseObjectVerb). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: a list verb after the clause’s adverbials', () => {
  it('should support the next object after a bounded count when a time adverbial opens the clause', () => {
    expect(names('全年引进培育高层次人才60名以上、博士研究生15名。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['60|名', '15|名']);
    expect(names('每年新建改造村卫生室20所以上、乡镇卫生院4家。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['20|所', '4|家']);
    expect(names('年内在全市培育引进急需紧缺人才30名以上、学科带头人6名。')).toContain('学科带头人|6|名');
  });

  it('should not support a verb that does not open the clause', () => {
    // A stock stated with its own verb of reaching: the later member is read as before, not through an object verb.
    expect(names('全年卫生健康人才总量达到8000名以上、执业医师2600名。')).toEqual(['卫生健康人才总量|8000|名', '执业医师|2600|名']);
    // A count with no verb at all opening its clause is no object of a list.
    expect(names('全年高层次人才60名以上、博士研究生15名。')).not.toContain('博士研究生|15|名');
  });
});
