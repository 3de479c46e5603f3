// Properties: the readers never throw, and every indicator's text is the source slice at its
// position, on arbitrary text and on text built from the indicator vocabulary.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumber, readRange } from '../../src/numbers/index.js';
import { extract } from '../../src/pipeline.js';
import { indicators } from './helpers.js';

const PIECES = [
  '婴儿死亡率', '下降到', '4', '‰', '以下', '由', '到', '从', '2015年的', '岁', '提高到', '78', '以上', '，', ',', '。', '、', '和',
  '分别', '均', '达到', '45', '%', '20/10万', '万', '1-3', '个百分点', '至少', '建成', '1', '个', '城市医疗集团', '开展 ', ' 3 ',
  '次', '\n', '\n\n', ' ', '百分百', '三', '十二', '两', '名', '到2025年', '2024年底前', '上半年', '20232025年', '“', '”', '"',
  '《', '》', '(', ')', '最高可达', '左右', '不低于', '不超过', '各', '第', '等', '1.', '一、', '(一)', '７．５', '——', '~', '至',
];

const planText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));

describe('properties', () => {
  it('should never throw when reading numbers', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.nat(40), (s, i) => {
        readNumber(s, i);
        readRange(s, i);
      }),
    );
  });

  it('should never throw on arbitrary strings, and keep texts exact', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }), planText), (s) => {
        for (const item of indicators(s)) expect(s.includes(item.text)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('should give every indicator and date the source slice at its position', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(planText, fc.string({ maxLength: 150 })), async (s) => {
        const plan = await extract(`2024年工作计划\n${s}`);
        const text = `2024年工作计划\n${s}`;
        for (const i of [...plan.indicators, ...plan.dates]) {
          expect(text.slice(i.position.start.offset, i.position.end.offset)).toBe(i.text);
        }
      }),
      { numRuns: 200 },
    );
  });
});
