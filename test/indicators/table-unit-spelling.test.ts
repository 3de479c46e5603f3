// A unit a table writes in another spelling than the text's sentences (a header's （1/10万）, a 单位 cell's ％) is reported in the
// sentences' spelling (/10万, %): one rate has one unit wherever a plan states it, and plans compared across cities line up.
// Tables written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const got = async (text: string) => (await extract(text, { path: 'plan.txt' })).indicators.map((i) => `${i.metric}|${i.value}|${i.unit ?? ''}|${i.comparator}`);

describe('tables: a unit in another spelling', () => {
  it('should support a per-100 000 rate written 1/10万 in the name bracket, as the sentence writes it', async () => {
    const text = ['某县2027年妇幼健康工作计划', '一、主要指标', '指标\t2026年\t2027年目标', '孕产妇死亡率（1/10万）\t11.6\t≤11', '二、重点任务', '孕产妇死亡率控制在11/10万以下。'].join('\n');
    const out = await got(text);
    expect(out).toContain('孕产妇死亡率|11.6|/10万|=');
    expect(out).toContain('孕产妇死亡率|11|/10万|<=');
    expect(out.filter((s) => s.includes('/10万')).length).toBe(3);
  });

  it('should support a full-width percent sign in a 单位 column', async () => {
    const text = ['某县2027年卫生健康工作要点', '一、主要指标', '序号\t指标\t单位\t2027年目标', '1\t家庭医生签约率\t％\t≥45', '2\t居民健康素养水平\t％\t33'].join('\n');
    expect(await got(text)).toEqual(['家庭医生签约率|45|%|>=', '居民健康素养水平|33|%|=']);
  });

  it('should not support a unit the grammar does not know: it stays as written', async () => {
    const text = ['某县2027年卫生健康工作要点', '一、主要指标', '指标\t2026年\t2027年目标', '每千人口托位数（个/千人）\t3.1\t4.5'].join('\n');
    expect(await got(text)).toContain('每千人口托位数|4.5|个/千人|=');
  });
});
