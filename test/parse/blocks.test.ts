// Paragraph grouping: sentences broken by PDF extraction are joined; web text is left alone.
import { describe, expect, it } from 'vitest';
import { groupBlocks } from '../../src/parse/blocks.js';
import { findFurniture } from '../../src/blocks/furniture.js';
import { splitLines } from '../../src/parse/lines.js';
import { looksLikePdfText } from '../../src/parse/pdf.js';
import { readSeed, seedIds } from '../helpers.js';
import { grammars } from '../grammar-helpers.js';
import { blocksToLeaves } from '../../src/parse/leaves.js';
import { cleanSlice } from '../../src/text/clean.js';
import { TextView } from '../../src/text/view.js';

function paragraphs(text: string): string[] {
  const lines = splitLines(text);
  const furniture = findFurniture(text, lines, grammars().furniture);
  const pdf = looksLikePdfText(text, lines, furniture, grammars().outline);
  return groupBlocks(text, lines, furniture, grammars().outline, pdf).map((b) => text.slice(b.start, b.contentEnd).trim());
}

describe('paragraph grouping', () => {
  it('should not support taking the space after 第一条 or 第一章 for PDF damage', () => {
    const text = [
      '第一章 总则',
      '第一条 为了规范基层医疗机构管理，根据有关法律法规，结合本市实际，制定本办法。',
      '第二条 本办法适用于本市行政区域内的社区卫生服务中心和乡镇卫生院',
      '基层医疗机构应当按照核定的功能定位提供服务。',
      '第三条 市卫生健康行政部门负责全市基层医疗机构的监督管理工作。',
    ].join('\n');
    const lines = splitLines(text);
    expect(looksLikePdfText(text, lines, findFurniture(text, lines, grammars().furniture), grammars().outline)).toBe(false);
    expect(paragraphs(text)).toHaveLength(5);
  });

  it('should support joining a sentence broken across a blank line in PDF text', () => {
    const text = '- 1. 全系统各级党委把不忘初心作为加强 党的建设的永恒课题,始终做到初心\n\n如磐、使命在肩。\n- 2. 开展 3 次巡回医疗服务。\n';
    expect(paragraphs(text)).toHaveLength(2);
  });

  it('should not support joining a signature with its date onto the title of the next document', () => {
    const text = [
      '各市卫生健康委：',
      '现将《基层医疗卫生机构绩效评价办法》印发给你们，请结合实际认真贯彻落实，加强组织领导，',
      '确保各项任务落到实处。',
      '某省卫生健康委员会办公室 某省中医药管理局综合处 2024年3月15日',
      '基层医疗卫生机构绩效评价办法',
      '第一章 总则',
    ].join('\n');
    expect(paragraphs(text)).toContain('基层医疗卫生机构绩效评价办法');
  });

  it('should support joining a sentence broken after a date', () => {
    const text = '一、工作要求\n各地要加强组织领导，明确责任分工，细化工作措施，确保各项\n任务按期完成。本办法经省卫生健康委员会主任办公会议审议通过，自2024年3月15日\n起施行，有效期五年，由省卫生健康委员会负责解释，各地可结合\n实际制定实施细则。\n';
    expect(paragraphs(text)).toHaveLength(2);
  });

  it('should support joining hard-wrapped lines', () => {
    const text = '一、总体要求\n以习近平新时代中国特色社会主义思想为指导，全面贯彻\n党的二十大精神，坚持以人民健康为中心，加快建设\n优质高效的医疗卫生服务体系，不断提高人民群众\n健康水平。\n';
    expect(paragraphs(text)).toEqual(['一、总体要求', text.slice(7).trim()]);
  });

  it('should not support joining a long heading without a full stop to the body in web text', () => {
    const text = '一、全方位推进健康辽源建设,推动开展全民健康新时代\n\n“十三五”期间,我市坚持健康优先发展战略。\n\n二、建立健全公共卫生体系\n';
    expect(paragraphs(text)).toHaveLength(3);
  });

  it('should not support joining a document title to the line after it in PDF text', () => {
    const text = '市卫生健康局关于印发《2020 年全市 卫生健康工作要点》的通知\n\n各区(市、县)卫生健康局,局属各单位,机关各处室:\n\n- 1. 开展 3 次巡回医疗服务。\n- 2. 完成 240 人体检。\n';
    expect(paragraphs(text)).toHaveLength(4);
  });

  it('should not support joining a line to a following marker line', () => {
    const text = '- 22. 准确理解"应签尽签",重点做好建档立卡贫困人口中 4 类慢病患者的规范化\n- 23. 全面落实县域内政策。\n';
    expect(paragraphs(text)).toHaveLength(2);
  });

  it('should classify the seeds: web copies are not PDF text', () => {
    const pdf = Object.fromEntries(
      seedIds().map((id) => {
        const text = readSeed(id);
        const lines = splitLines(text);
        return [id.slice(0, 3), looksLikePdfText(text, lines, findFurniture(text, lines, grammars().furniture), grammars().outline)];
      }),
    );
    expect(pdf).toEqual({ '000': false, '001': false, '002': false, '003': false, '004': true });
  });
});

describe('paragraph grouping with the text view', () => {
  it('should support the same leaves whether one-line blocks keep the reading text of their line or are cleaned again', () => {
    for (const id of seedIds()) {
      const text = `\n\n${readSeed(id)}`;
      const lines = splitLines(text);
      const furniture = findFurniture(text, lines, grammars().furniture);
      const shared = new TextView(text);
      const withView = groupBlocks(text, lines, furniture, grammars().outline, true, true);
      const apart = groupBlocks(text, lines, furniture, grammars().outline, true);
      expect(withView.some((b) => b.clean !== undefined)).toBe(true);
      const apartView = new TextView(text);
      const leaves = blocksToLeaves(shared, withView);
      expect(leaves).toEqual(blocksToLeaves(apartView, apart));
      for (const leaf of leaves) {
        const { start, end } = leaf.position;
        expect(shared.clean(start.offset, end.offset)).toEqual(cleanSlice(text, start.offset, end.offset));
      }
    }
  });
});
