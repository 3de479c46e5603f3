// Health-resource ratios stated one clause each after the first names the base of population: the later ones are per that base
// too (src/indicators/shared-base.ts), as health statistics count them; a count that does not read as a ratio keeps its own name.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: a base of population shared by the ratios after it', () => {
  it('should support ratios in clauses of their own after the first', async () => {
    expect(await read('全区每千常住人口执业（助理）医师数提高到3.1人，注册护士数提高到3.7人，药师（士）数达到0.54人。')).toEqual([
      ['每千常住人口执业（助理）医师数', 3.1, '人'],
      ['每千常住人口注册护士数', 3.7, '人'],
      ['每千常住人口药师（士）数', 0.54, '人'],
    ]);
  });

  it('should support a base with its verb of having and a fraction of a whole thing', async () => {
    expect(await read('每千名老年人拥有社会工作者达到0.6名，养老床位增至32.5张。')).toEqual([
      ['每千名老年人拥有社会工作者', 0.6, '名'],
      ['每千名老年人拥有养老床位', 32.5, '张'],
    ]);
  });

  it('should support a count named 数 across a semicolon of the same sentence', async () => {
    expect(await read('每万常住人口全科医生数达到5人；专业公共卫生机构人员数达到9人。')).toEqual([
      ['每万常住人口全科医生数', 5, '人'],
      ['每万常住人口专业公共卫生机构人员数', 9, '人'],
    ]);
  });

  it('should not support a count its verb opens, nor a whole count, nor a total far larger', async () => {
    expect(await read('每千人口拥有3岁以下婴幼儿托位数达到4.6个，新增普惠性托位600个，示范性托育机构达到4家，床位总数达到2600张。')).toEqual([
      ['每千人口拥有3岁以下婴幼儿托位数', 4.6, '个'],
      ['普惠性托位', 600, '个'],
      ['示范性托育机构', 4, '家'],
      ['床位总数', 2600, '张'],
    ]);
  });

  it('should not support counts in units of ten thousand, nor ratios of the next sentence', async () => {
    expect(await read('每万人口发明专利拥有量达到12件，有效注册商标达到2.3万件。注册护士数达到3.6人。')).toEqual([
      ['每万人口发明专利拥有量', 12, '件'],
      ['有效注册商标', 2.3, '万件'],
      ['注册护士数', 3.6, '人'],
    ]);
  });
});
