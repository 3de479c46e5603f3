// Statistics listed after 、 in one clause: the first member states its subject, verb (or bound) and value, and the
// next statistic follows bare, its noun right before its count (机构达到N家、床位M张), as the same list after a comma
// already is (…达到N家，床位M张). The verb is written once for the list. Not a stock list (其中…N家、…M所), nor a
// member after a verb of works (its own rule), nor an amount of money. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { indicators, names } from './helpers.js';

const valueUnit = (n: string) => n.split('|').slice(1).join('|');

describe('a bare count after 、 that follows a target of the same clause', () => {
  it('should support beds listed after the count of institutions (达到N家、床位M张)', () => {
    expect(names('到2027年，全市护理院达到14家、床位2100张。', { years: [2027, 2027], annual: true }).map(valueUnit)).toEqual(['14|家', '2100|张']);
  });
  it('should support a count after a bound (不少于N家、托位M个)', () => {
    expect(names('全区普惠性托育机构不少于25家、托位1800个。', { years: [2027, 2027], annual: true }).map(valueUnit)).toEqual(['25|家', '1800|个']);
  });
  it('should support persons listed after institutions (保持在N个、乡村医生M名)', () => {
    expect(names('全县规范化村卫生室保持在186个以上、在岗乡村医生320名。', { years: [2027, 2027], annual: true }).map(valueUnit)).toEqual(['186|个', '320|名']);
  });
  it('should support a third member after a bare one (达到N个、床位M张、人员K人)', () => {
    expect(names('2027年，全区医疗卫生机构总数达到268个、床位3120张、卫生技术人员4460人。', { years: [2027, 2027], annual: true }).map(valueUnit)).toEqual(['268|个', '3120|张', '4460|人']);
  });
  it('should not support a stock list after 其中', () => {
    expect(indicators('全县现有医疗卫生机构210个，其中县级医院3家、乡镇卫生院18所。').filter((i) => i.unit === '所')).toEqual([]);
  });
  it('should not support an amount of money after 、', () => {
    expect(indicators('养老服务机构达到30家、总投资5000万元。', { years: [2027, 2027], annual: true }).filter((i) => i.unit === '万元')).toEqual([]);
  });
});
