// The linear YAML emitter: whatever it writes reads back (yaml package, YAML 1.2) as the value given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toYaml } from '../../src/serialize/yaml.js';

const roundTrip = (value: unknown) => parse(toYaml(value)) as unknown;
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('toYaml', () => {
  it('should support strings that look like other YAML values by quoting them', () => {
    const tricky = ['', ' ', 'null', 'True', 'no', '~', '2024-01-01', '0x1F', '1e3', '.5', '-', '- x', 'a: b', 'a #b', 'x:', '"q"', "'q'", '#', '| x', '> x', '@x', '%x', '*a', '&a', '!t', '[a]', '{a}', 'a\nb', 'tab\there', 'trail ', '\u0085', '\u2028', '\ufeff', '\u007f', '\ud800', '一、总体要求：'];
    for (const s of tricky) expect(roundTrip({ s, list: [s] })).toEqual({ s, list: [s] });
  });

  it('should support nested arrays, empty collections and short number arrays on one line', () => {
    const value = { a: [], b: {}, c: [[1, 2], [[]], [{ x: null }]], value: [1, 3], d: [{ e: [{ f: true }] }] };
    expect(roundTrip(value)).toEqual(value);
    expect(toYaml({ value: [1, 3] })).toBe('value: [1, 3]\n');
  });

  it('should support any JSON value, with long strings of any characters', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.array(fc.string({ unit: 'binary', size: 'large' })), (value, strings) => {
        expect(roundTrip(value)).toEqual(asJson(value));
        expect(roundTrip({ strings })).toEqual({ strings });
      }),
      { numRuns: 500 },
    );
  });
});
