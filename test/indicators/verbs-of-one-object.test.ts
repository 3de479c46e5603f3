// Verbs joined before the one object they act on (新建和改造, 新开通): with 分别 and one value per verb, each verb with the
// object names one count; with one value and no distributor, the verbs share one count. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('verbs joined before one object, then a distributor', () => {
  it('should support one count per verb after 分别 (新建和改造…分别为)', () => {
    expect(brief(indicators('全年新建和改造农村桥梁分别为12座和30座。', ANNUAL_2024))).toEqual([
      '新建农村桥梁|12|座|=|target|2024',
      '改造农村桥梁|30|座|=|target|2024',
    ]);
  });
  it('should support one count per verb after a scope word that opens the clause (全县新建和改造…分别为)', () => {
    expect(brief(indicators('全县新建和改造乡村公路桥梁分别为18座和36座。', ANNUAL_2024))).toEqual([
      '新建乡村公路桥梁|18|座|=|target|2024',
      '改造乡村公路桥梁|36|座|=|target|2024',
    ]);
    expect(brief(indicators('到2024年底，全市新建和改扩建公办幼儿园分别达到5所和8所。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual([
      '新建公办幼儿园|5',
      '改扩建公办幼儿园|8',
    ]);
  });
  it('should support three verbs over one object (新建、改建和扩建…分别达到)', () => {
    expect(brief(indicators('新建、改建和扩建公办幼儿园分别达到4所、6所和3所。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual([
      '新建公办幼儿园|4',
      '改建公办幼儿园|6',
      '扩建公办幼儿园|3',
    ]);
  });
  it('should not support a split of verbs that share one count with no distributor', () => {
    expect(brief(indicators('新建和改造农村桥梁42座。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['42|座']);
    expect(brief(indicators('新建和改造农村桥梁42座。', ANNUAL_2024))[0]).not.toMatch(/^(新建|改造)农村桥梁\|/u);
  });
  it('should not support groups before a distributor as verbs (城镇和农村…分别)', () => {
    expect(brief(indicators('城镇和农村居民人均可支配收入分别增长5%和7%。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual([
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
    ]);
  });
});

describe('新开通 as a verb of what a plan opens', () => {
  it('should support 新开通 before the routes it counts, joined with another verb of them', () => {
    expect(brief(indicators('新开通和改造城乡公交线路分别为8条和14条。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual([
      '新开通城乡公交线路|8',
      '改造城乡公交线路|14',
    ]);
  });
  it('should not support a cut of 城乡 when 新开通 is joined with a word that is no object verb', () => {
    const names = brief(indicators('新开通和优化城乡公交线路分别为8条和14条。', ANNUAL_2024)).map((b) => b.split('|')[0]);
    expect(names).not.toContain('新开通乡公交线路');
  });
});

describe('a second verb joined by 和 straight after the first (新开通和优化…N条)', () => {
  it('should support the count of the one object both verbs act on', () => {
    expect(brief(indicators('新开通和优化农村客运线路18条。', ANNUAL_2024))).toEqual(['新开通和优化农村客运线路|18|条|=|target|2024']);
  });
  it('should not support 和 after a noun as a verb joiner (乡镇和街道 is a list of places)', () => {
    expect(brief(indicators('每个乡镇和街道建设1个综合养老服务中心。', ANNUAL_2024))).toEqual([]);
  });
  it('should not support 和 after a verb that ends a noun (基础设施建设和…, 城乡建设和…) as a verb joiner', () => {
    const heads = (s: string) => brief(indicators(s, ANNUAL_2024)).map((b) => b.split('|')[0]);
    expect(heads('全年推进基础设施建设和民生实事项目50个。')).not.toContain('建设和民生实事项目');
    expect(heads('统筹城乡建设和产业发展项目120个。')).not.toContain('建设和产业发展项目');
  });
  it('should support 和 after a verb that opens the clause, or before an object verb', () => {
    expect(brief(indicators('全年改造和提升农贸市场15个。', ANNUAL_2024))).toEqual(['改造和提升农贸市场|15|个|=|target|2024']);
    expect(brief(indicators('推进城区新建和改造停车场9个。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['9|个']);
  });
});
