// The grammars are one compiled value: compiled once for the default processor, or from a
// caller's validated sources and handed to the plugins through createProcessor / extract.
import { describe, expect, it } from 'vitest';
import { compileGrammars, defaultGrammars } from '../../src/grammar/grammars.js';
import { GrammarError } from '../../src/grammar/common.js';
import { validateGrammarSources } from '../../src/grammar/validate.js';
import { extract } from '../../src/index.js';

const ownMetrics = { metrics: [{ id: 'own-rate', name: '甲乙覆盖率', units: { '%': [0, 100] } }] };
const text = '到2025年，甲乙覆盖率达到90%，婴儿死亡率控制在5‰以下。\n';

describe('grammars', () => {
  it('should support compiling every grammar once into one frozen value', () => {
    const g = defaultGrammars();
    expect(defaultGrammars()).toBe(g);
    expect(Object.isFrozen(g)).toBe(true);
    expect(Object.keys(g).sort()).toEqual(['blocks', 'furniture', 'indicators', 'meta', 'metrics', 'outline', 'periods', 'tables']);
  });

  it('should support a caller’s own grammar, handed to the stage that reads it', async () => {
    const grammars = compileGrammars(validateGrammarSources({ metrics: ownMetrics }));
    // Only the grammar given is replaced; the others are the shipped ones.
    expect(grammars.metrics.byId.has('own-rate')).toBe(true);
    expect(grammars.periods.periods).toEqual(defaultGrammars().periods.periods);
    const own = await extract(text, { grammars });
    const shipped = await extract(text);
    expect(own.indicators.map((i) => i.metricId)).toEqual(['own-rate', null]);
    expect(shipped.indicators.map((i) => i.metricId)).toEqual([null, 'infant-mortality']);
  });

  it('should not support an invalid or unknown grammar source, and should name it', () => {
    expect(() => validateGrammarSources({ metrics: { metrics: [{ id: 'Bad Id', name: 'x', units: { '%': [0, 1] } }] } })).toThrow(GrammarError);
    expect(() => validateGrammarSources({ metrics: { metrics: [] } })).toThrow(/metrics\.yaml: metrics/u);
    expect(() => validateGrammarSources({ metric: ownMetrics })).toThrow(/unknown grammar metric/u);
    // compare's unit classes: lower-case ASCII names, lists of units.
    expect(() => validateGrammarSources({ metrics: { ...ownMetrics, unitClasses: { Days: ['天'] } } })).toThrow(/metrics\.yaml: unitClasses/u);
    expect(() => validateGrammarSources({ metrics: { ...ownMetrics, rateEndings: '率' } })).toThrow(/metrics\.yaml: rateEndings/u);
  });
});
