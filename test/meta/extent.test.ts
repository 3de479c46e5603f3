// Where the described document ends when a file holds several.
import { describe, expect, it } from 'vitest';
import { documentEnd } from '../../src/meta/extent.js';
import type { MetaBlock, MetaDoc } from '../../src/meta/doc.js';
import { grammars } from '../grammar-helpers.js';

const grammar = grammars().meta;
const metaDoc = (...lines: string[]): MetaDoc => {
  let offset = 0;
  const blocks: MetaBlock[] = lines.map((text, i) => {
    const block = { text, raw: text, line: i + 1, offset, furniture: false, outlined: false };
    offset += text.length + 1;
    return block;
  });
  return { blocks, bodyStart: blocks.length, text: lines.join('\n'), furnitureText: '' };
};

describe('meta: the described document\'s extent', () => {
  it('should support the end of a signature block', () => {
    expect(documentEnd(metaDoc('关于做好某项工作的通知', '一、目标', '到2025年，建成。', '某某省卫生健康委员会', '2024年5月6日', '某某办法', '第一条'), 0, grammar)).toBe(5);
  });

  it('should not support an organ and date right under the title (a cover) as the end', () => {
    expect(documentEnd(metaDoc('某省卫生健康委员会关于促进护理服务发展的意见', '某省卫生健康委员会', '2024年9月26日', '一、总体要求', '到2027年，建成。'), 0, grammar)).toBe(5);
  });

  it('should support an 附件 label and another notice title', () => {
    expect(documentEnd(metaDoc('某市护理规划', '一、目标', '附件2', '名词解释'), 0, grammar)).toBe(2);
    expect(documentEnd(metaDoc('某市护理规划', '一、目标', '关于印发某办法的通知', '第一条'), 0, grammar)).toBe(2);
  });

  it('should not support a signature above the title (the wrapping notice\'s)', () => {
    expect(documentEnd(metaDoc('某局关于印发某规划的通知', '某某县卫生健康局', '2023年2月28日', '某规划', '一、目标'), 3, grammar)).toBe(5);
  });

  it('should support a start the block layer found', () => {
    const doc = metaDoc('某市护理规划', '一、目标', '二、任务', '某市家庭医生服务规范', '一、总则');
    expect(documentEnd(doc, 0, grammar, [doc.blocks[3]!.offset])).toBe(3);
    expect(documentEnd(doc, 0, grammar, [doc.blocks[0]!.offset])).toBe(5);
  });
});
