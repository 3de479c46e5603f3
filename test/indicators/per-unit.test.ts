// A unit per another, written with a slash after the number's unit (src/indicators/per-unit.ts): the intensities and densities
// of water, energy, environment and health statistics. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { perPartEnd } from '../../src/indicators/per-unit.js';
import { grammars } from '../grammar-helpers.js';
import { brief, indicators, names } from './helpers.js';

describe('indicators: a unit per another', () => {
  it('should support a measure per a unit or per a power of ten and a unit (立方米/亩, 立方米/万元)', () => {
    expect(brief(indicators('高效节水灌溉区亩均用水量控制在280立方米/亩以内。'))).toEqual(['高效节水灌溉区亩均用水量|280|立方米/亩|<=|target|']);
    expect(brief(indicators('万元地区生产总值用水量下降到28立方米/万元以下。'))).toEqual(['万元地区生产总值用水量|28|立方米/万元|<=|target|']);
  });

  it('should support a product after the slash (升/人·日, 吨/平方公里·年), bracketed or not', () => {
    expect(brief(indicators('城镇居民人均生活用水量控制在125升/人·日以内。'))).toEqual(['城镇居民人均生活用水量|125|升/人·日|<=|target|']);
    expect(brief(indicators('坡耕地土壤侵蚀模数降至480吨/平方公里·年以下。'))).toEqual(['坡耕地土壤侵蚀模数|480|吨/平方公里·年|<=|target|']);
    expect(brief(indicators('城区平均降尘量不高于4.5吨/（平方公里·月）。'))).toEqual(['城区平均降尘量|4.5|吨/（平方公里·月）|<=|target|']);
  });

  it('should support a count per a power of ten and a noun (张/千人, 人/万车)', () => {
    expect(names('每千人口医疗卫生机构床位数达到7.2张/千人。')).toEqual(['每千人口医疗卫生机构床位数|7.2|张/千人']);
    expect(brief(indicators('道路交通万车死亡率控制在1.8人/万车以下。'))).toEqual(['道路交通万车死亡率|1.8|人/万车|<=|target|']);
  });

  it('should support a multiplier before the first unit (12万立方米/日), kept in the unit as written', () => {
    expect(names('城镇污水处理能力达到15万立方米/日。')).toEqual(['城镇污水处理能力|15|万立方米/日']);
  });

  it('should support energy in standard coal per output (千克标准煤/万元) and per kilowatt-hour', () => {
    expect(names('规上工业单位增加值能耗降至410千克标准煤/万元。')).toEqual(['规上工业单位增加值能耗|410|千克标准煤/万元']);
    expect(names('火电机组供电煤耗降至298克标准煤/千瓦时。')).toEqual(['火电机组供电煤耗|298|克标准煤/千瓦时']);
  });

  it('should support a slash between two count classifiers as alternatives (40台/套), as a bracket parts them (30个（家）)', () => {
    expect(brief(indicators('全年更新应急救援装备不少于40台/套。'))).toEqual(['应急救援装备|40|台/套|>=|target|']);
  });

  it('should not support a rate before a slash (100%/95%), nor a slash before an ordinary number (2000元/3000元)', () => {
    for (const b of brief(indicators('补助标准由每人2000元/年提高到每人3000元，完成率100%/95%。'))) expect(b.split('|')[2]).not.toMatch(/^%\/|元\/3000/u);
  });

  it('should not support 升 where it is the verb of rising (98升高到103)', () => {
    expect(brief(indicators('全市水库蓄水位由12米升至15米以上。')).map((b) => b.split('|')[2])).not.toContain('升');
    expect(brief(indicators('价格指数98升高到103。')).map((b) => b.split('|')[2])).not.toContain('升');
  });

  it('should support 升 as litres after a number with nothing of the verb after it', () => {
    expect(brief(indicators('农村居民人均生活用水量不低于80升/人·日。'))).toEqual(['农村居民人均生活用水量|80|升/人·日|>=|target|']);
  });
});

describe('perPartEnd', () => {
  const g = grammars().indicators;
  const unit = (u: string) => g.units.get(u) as NonNullable<ReturnType<typeof g.units.get>>;
  const end = (text: string, u: string) => perPartEnd(text, text.indexOf('/'), unit(u), g);

  it('should support a measure per a count unit, and a count per a power of ten or per a measure', () => {
    expect(end('千瓦时/人以下', '千瓦时')).toBe('千瓦时/人'.length);
    expect(end('张/千人', '张')).toBe('张/千人'.length);
    expect(end('个/平方公里', '个')).toBe('个/平方公里'.length);
    expect(end('人/10万人', '人')).toBe('人/10万人'.length);
  });

  it('should not support a count per a count (台/套), a rate, or a slash before no unit', () => {
    expect(end('台/套', '台')).toBe(-1);
    expect(end('%/95%', '%')).toBe(-1);
    expect(end('元/3000元', '元')).toBe(-1);
  });

  it('should not support a bracket after the slash without a product inside (吨/（平方公里）)', () => {
    expect(end('吨/（平方公里）', '吨')).toBe(-1);
    expect(end('吨/（平方公里·年）', '吨')).toBe('吨/（平方公里·年）'.length);
  });
});
