// Units of 烟草 and 养蜂 statistics. 箱 is the case cigarettes are sold in (50 000 sticks: 卷烟销量达到8.2万箱) and the hive bees
// are counted in (蜂群发展到3万箱); 担 (50 kg) the weight 烟叶 is contracted and bought in (烟叶收购量12万担). Neither after a
// Chinese numeral (一箱, 一担), nor where the character begins a noun (箱式变电站, 箱涵) or a word (担任, 担当, 担保). Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (text: string) =>
  (await extract(text, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: 箱 and 担 as units', () => {
  it('should support 万箱 of cigarettes and of hives after a target verb', async () => {
    expect(await read('某市烟草专卖局2027年工作要点\n全市卷烟销量力争达到6.5万箱，单箱批发均价提高到3.2万元；全县蜂群稳定在2万箱以上。')).toEqual([
      ['卷烟销量', 6.5, '万箱', '='],
      ['单箱批发均价', 3.2, '万元', '='],
      ['蜂群', 2, '万箱', '>='],
    ]);
  });

  it('should support 担 as the weight of tobacco leaf bought, after a bound or a purchasing verb', async () => {
    expect(await read('某县2027年烟叶生产工作计划\n烟叶收购量不低于9万担，全年收购上等烟叶4.5万担。')).toEqual([
      ['烟叶收购量', 9, '万担', '>='],
      ['收购上等烟叶', 4.5, '万担', '='],
    ]);
  });

  it('should not support 箱 or 担 where they begin a noun or a word, or after a Chinese numeral', async () => {
    const got = await read('某区2027年工作要点\n新建10千伏箱式变电站6座，选派12人担任驻村工作队员，为50家企业提供融资担保，一箱一码全程追溯。');
    expect(got.map(([, value, unit]) => [value, unit])).toEqual([
      [6, '座'],
      [12, '人'],
      [50, '家'],
    ]);
  });
});
