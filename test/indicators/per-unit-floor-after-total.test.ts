// A floor for each unit of a territory written with the scope alone (…，每个县（市、区）至少1家) after a count of a thing in the same
// unit: the floor is of that thing in each unit (每个县（市、区）胸痛中心), as plans set a total and then a floor per county; the thing
// without the scope or the verb it was counted with (src/indicators/shapes.ts perUnitThing). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: a per-unit floor after a total of the same thing', () => {
  it('should support the scope with the thing counted before', () => {
    expect(names('全市建成卒中中心12家，每个县（市、区）至少1家。')).toEqual(['卒中中心|12|家', '每个县（市、区）卒中中心|1|家']);
    expect(names('全市设置规范化发热门诊40个，每个县至少3个。')).toEqual(['规范化发热门诊|40|个', '每个县规范化发热门诊|3|个']);
    // The thing without the verb that counted it.
    expect(names('全市培育心理健康服务机构25家，每个区不少于2家。')).toContain('每个区心理健康服务机构|2|家');
  });

  it('should not support a floor in another unit, nor one whose noun follows', () => {
    expect(names('全市建成卒中中心12家，每个县（市、区）配备专职人员不少于3名。').map((n) => n.split('|')[0])).not.toContain('每个县（市、区）卒中中心');
    expect(names('全市建成卒中中心12家，每个县（市、区）至少1家二级医院通过评审。').map((n) => n.split('|')[0])).not.toContain('每个县（市、区）卒中中心');
  });
});
