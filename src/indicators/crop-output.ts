// The output of the crop whose sown area was named just before it (粮食播种面积…，总产量… → 粮食总产量).
import type { IndicatorGrammar } from '../grammar/indicators.js';

/**
 * An output measure with no crop of its own (总产量, 产量: grammar cropOutputs) right after the area a crop is sown or planted on
 * (粮食播种面积, grammar cropAreas): the same crop's output (粮食总产量), as farm targets pair the two. Anything else is returned as
 * it is.
 */
export function cropOutput(name: string, before: string, g: IndicatorGrammar): string {
  if (!g.cropOutputs.has(name)) return name;
  const area = g.cropAreas.endingAt(before, before.length);
  return area !== undefined && before.length > area.length ? before.slice(0, -area.length) + name : name;
}
