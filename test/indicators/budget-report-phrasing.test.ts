// How a 预算报告 (关于…预算执行情况和…预算草案的报告) words its figures: the year's 落实情况 part is a review, the growth it expects
// is 预期增长, a line of the budget is 安排 an amount, a cut is made 一律 or 在上年基础上. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'budget.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.kind, i.year]);

const title = '关于某县2026年预算执行情况和2027年预算草案的报告';
const draft = (sentence: string) => [title, '三、2027年预算草案', `　　${sentence}`].join('\n');

describe('indicators: the wording of a 预算报告', () => {
  it('should support a 落实情况 heading of a year before the plan\'s as a review: its figures are that year\'s levels', async () => {
    expect(await items([title, '二、2026年财政重点工作落实情况', '　　（一）惠企政策落地见效。全年兑现稳岗返还资金3.6亿元，卫生健康支出增长6.2%。'].join('\n'))).toEqual([
      ['兑现稳岗返还资金', 3.6, '亿元', 'actual', 2026],
      ['卫生健康支出', 6.2, '%', 'actual', 2026],
    ]);
  });

  it('should not support a 落实情况 heading of the plan\'s own year as a review', async () => {
    expect(await items(['某县2027年工作要点', '一、2027年重点任务落实情况安排', '　　全年新增城镇就业3200人。'].join('\n'))).toEqual([['新增城镇就业', 3200, '人', 'target', 2027]]);
  });

  it('should support 预期 between a revenue and its growth, and 安排 between a budget line and its amount, as no part of the name', async () => {
    expect(await items(draft('全县一般公共预算收入预期增长4%左右，农林水支出安排9.6亿元。'))).toEqual([
      ['一般公共预算收入', 4, '%', 'change', 2027],
      ['农林水支出', 9.6, '亿元', 'target', 2027],
    ]);
  });

  it('should support 一律 and 在上年基础上 before a cut as no part of the name', async () => {
    expect(await items(draft('会议费、培训费在上年基础上再压减8%，非急需项目支出一律压减15%以上。'))).toEqual([
      ['会议费、培训费', 8, '%', 'change', 2027],
      ['非急需项目支出', 15, '%', 'change', 2027],
    ]);
  });

  it('should not support dropping 预期 inside a name, as in 人均预期寿命', async () => {
    expect((await items(['某县2027年卫生健康工作要点', '　　全县人均预期寿命达到80.2岁。'].join('\n')))[0]?.[0]).toBe('人均预期寿命');
  });

  it('should not support 安排 before an object as the end of a name: the fund it allots names the amount', async () => {
    expect((await items(draft('县财政安排乡村振兴衔接资金2.4亿元。')))[0]?.slice(0, 3)).toEqual(['乡村振兴衔接资金', 2.4, '亿元']);
  });

  it('should support a completion proportion 为预算的N% as the amount before\'s, and a growth after it as the amount\'s', async () => {
    const review = [title, '一、2026年预算执行情况', '　　全县一般公共预算支出完成58.3亿元，为调整预算的97.4%，增长1.9%。县本级税收收入完成6.2亿元，为年初预算的102.5%，下降0.8%。'].join('\n');
    expect(await items(review)).toEqual([
      ['一般公共预算支出', 58.3, '亿元', 'actual', 2026],
      ['一般公共预算支出调整预算完成程度', 97.4, '%', 'actual', 2026],
      ['一般公共预算支出', 1.9, '%', 'actual', 2026],
      ['县本级税收收入', 6.2, '亿元', 'actual', 2026],
      ['县本级税收收入年初预算完成程度', 102.5, '%', 'actual', 2026],
      ['县本级税收收入', 0.8, '%', 'actual', 2026],
    ]);
  });

  it('should not support a share of another total (占…的N%) or a rate after 为 with no plan as a completion proportion', async () => {
    const names = (await items([title, '一、2026年预算执行情况', '　　全县民生支出46.1亿元，占一般公共预算支出的79.1%。城乡居民医保参保率为97.2%。'].join('\n'))).map((i) => i[0]);
    expect(names).toEqual(['民生支出', '民生支出占一般公共预算支出比例', '城乡居民医保参保率']);
  });

  it('should support 预计 right before an amount as the verb of a budgeted revenue', async () => {
    expect(await items(draft('全县国有土地使用权出让收入预计32亿元，增长2.5%。'))).toEqual([
      ['国有土地使用权出让收入', 32, '亿元', 'target', 2027],
      ['国有土地使用权出让收入', 2.5, '%', 'change', 2027],
    ]);
  });

  it('should not support 预计 before a year as a verb of the year', async () => {
    expect(await items(draft('预计2027年全县社会保险基金收入增长4.6%。'))).toEqual([['社会保险基金收入', 4.6, '%', 'change', 2027]]);
  });
});

