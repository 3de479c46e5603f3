// Circled numbers used as ordinals: ① … ⑳.

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** Reads ① … ⑳. NaN otherwise. */
export function readCircled(text: string): number {
  const i = CIRCLED.indexOf(text);
  return i < 0 || text.length !== 1 ? Number.NaN : i + 1;
}
