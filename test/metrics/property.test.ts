// Properties of metric matching: never throws; a scope word or whitespace in front never changes
// the answer; an alias with a qualifier in front still names its metric.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchMetric } from '../../src/metrics/match.js';
import { grammars } from '../grammar-helpers.js';

const g = grammars().metrics;
const aliases = g.metrics.flatMap((m) => m.aliases.map((a) => [a, m.id] as const));
const text = fc.string({ unit: fc.constantFrom(...'婴儿死亡率孕产妇全市我区 5岁以下%‰()（）“”的PMpm2.5'.split('')), maxLength: 30 });

describe('matchMetric properties', () => {
  it('should never throw and only answer grammar metrics', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (s) => {
        const m = matchMetric(s, g);
        return m === undefined || g.byId.get(m.id) === m;
      }),
    );
  });

  it('should give the same answer with a scope word or spaces in front', () => {
    fc.assert(
      fc.property(fc.constantFrom(...aliases), fc.constantFrom('全市', '我区', '全省', ' ', '全县 '), ([alias, id], scope) => {
        expect(matchMetric(`${scope}${alias}`, g)?.id).toBe(id);
      }),
    );
  });

  it('should still name the metric with a qualifier in front', () => {
    fc.assert(
      fc.property(fc.constantFrom(...aliases), fc.constantFrom('农村', '城市', '户籍人口', '以县为单位'), ([alias, id], qualifier) => {
        const got = matchMetric(`${qualifier}${alias}`, g);
        // A longer alias may start inside the qualifier (户籍人口平均期望寿命 names the same metric); where it names another
        // metric, that one is the narrower (农村 + 居民人均可支配收入 is 农村居民人均可支配收入, 户籍人口 + 城镇化率 户籍人口城镇化率).
        if (got?.id !== id) expect(got?.aliases.some((a) => a.length > alias.length && `${qualifier}${alias}`.endsWith(a))).toBe(true);
      }),
    );
  });
});
