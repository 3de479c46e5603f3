// A population's size written right after its name at a date (截至…年末，全市常住人口…万人，户籍人口…万人; …年，出生人口…人), exact
// and with no verb: the measured level of that population, the figures 人口 and 老龄 plans open their 现状 with (grammar
// populationHeads). Not an undated description of a place, an approximate count (约, 余), a bound that classes places, nor the base
// a frame computes from (按常住人口…测算). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: a population size right after its name (常住人口N万人)', () => {
  it('should support exact population sizes listed with no verb', () => {
    expect(names('截至2026年末，全区常住人口86.3万人，户籍人口91.7万人，常住人口城镇化率为64.2%。')).toEqual(['常住人口|86.3|万人', '户籍人口|91.7|万人', '常住人口城镇化率|64.2|%']);
    expect(names('2026年，全县出生人口3160人，人口出生率为6.9‰。')).toEqual(['出生人口|3160|人', '人口出生率|6.9|‰']);
    expect(names('截至2026年底，全市60周岁及以上户籍老年人口41.5万人，占户籍总人口的22.8%。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['41.5|万人', '22.8|%']);
  });
  it('should not support an undated, approximate, bounded or framed population as a size', () => {
    expect(names('全镇常住人口2.6万人，辖12个行政村。')).toEqual([]);
    expect(names('第七次全国人口普查显示，全市常住人口520余万人。')).toEqual([]);
    expect(names('2027年，按全县常住人口28.4万人计算，足额安排基本公共卫生服务经费。')).toEqual([]);
    expect(names('以常住人口150万人为基数，测算床位需求。')).toEqual([]);
    expect(names('常住人口30万人以上的县建设1所二级妇幼保健院。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['1|所']);
  });
});
