// A task list set one task a line, its cells parted by spaces (序号 任务 目标 科室 时限), in text whose stray spaces mark it as
// a PDF's: each row is a paragraph of its own, not a sentence the page broke.
import { describe, expect, it } from 'vitest';
import { groupBlocks } from '../../src/parse/blocks.js';
import { findFurniture } from '../../src/blocks/furniture.js';
import { splitLines } from '../../src/parse/lines.js';
import { looksLikePdfText, pageWrap } from '../../src/parse/pdf.js';
import { grammars } from '../grammar-helpers.js';

function paragraphs(text: string): string[] {
  const lines = splitLines(text);
  const furniture = findFurniture(text, lines, grammars().furniture);
  const pdf = looksLikePdfText(text, lines, furniture, grammars().outline);
  return groupBlocks(text, lines, furniture, grammars().outline, pdf, false, pdf ? pageWrap(text, lines, furniture) : null, undefined, grammars().blocks.noteLead, grammars().blocks.attachmentList).map((b) => text.slice(b.start, b.contentEnd).trim());
}

describe('rows of a task list parted by spaces', () => {
  it('should support keeping consecutive numbered rows apart', () => {
    const text = [
      '为做好全年卫生监督 工作，现将 重点任务 分解如下，各股室 要按照 时间节点 抓好落实，确保 完成。',
      '一、公共场所卫生',
      '7 住宿 场所 监督 量化 分级 管理 率 达到 95% 监督一股 11月底',
      '8 游泳 场所 水质 抽检 合格率 ≥ 90% 监督一股 8月底',
      '9 美容 美发 场所 从业人员 健康证 持证率 100% 监督二股 12月底',
    ].join('\n');
    const got = paragraphs(text);
    expect(got).toContain('8 游泳 场所 水质 抽检 合格率 ≥ 90% 监督一股 8月底');
    expect(got.filter((p) => /^\d/u.test(p))).toHaveLength(3);
  });

  it('should not support parting a broken sentence whose next line opens with a number that does not follow the row number', () => {
    const text = [
      '为做好全年卫生监督 工作，现将 重点任务 分解如下，各股室 要按照 时间节点 抓好落实，确保 完成。',
      '3 年内 全县 各类 公共场所 卫生 监督 覆盖率 要 逐步 提高，其中 住宿 场所',
      '20 家 以上 的 完成 量化 分级 管理，游泳 场所 全部 实现 水质 在线 监测。',
    ].join('\n');
    const got = paragraphs(text);
    expect(got.filter((p) => /^\d/u.test(p))).toHaveLength(1);
  });
});
