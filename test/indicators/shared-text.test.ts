// A fixture for the adversarial bench's "numbers and units" input: a stop-less run of values read
// as one distribution gave every item the whole run as its text (output quadratic in the input).
import { describe, expect, it } from 'vitest';
import { indicators } from './helpers.js';

describe('indicators: shared text of a distribution', () => {
  it('should support one shared text for a short distribution', () => {
    const items = indicators('孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率分别控制在20/10万、7‰和9.5‰以内。');
    expect(items).toHaveLength(3);
    expect(new Set(items.map((i) => i.text)).size).toBe(1);
  });

  it('should not support a shared text longer than a sentence in a stop-less run of values', () => {
    const run = '1-3个百分点、20/10万、7.0%和9.5%'.repeat(400);
    const items = indicators(run);
    expect(items.length).toBeGreaterThan(1000);
    expect(Math.max(...items.map((i) => i.text.length))).toBeLessThanOrEqual(400);
  });
});
