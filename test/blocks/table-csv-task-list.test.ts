// A task list (重点工作任务清单) saved from a spreadsheet as CSV: rows numbered in the 序号 column, cells of prose, cells
// quoted where they hold an ASCII comma, a quote or a line break (RFC 4180), merged category and note rows padded with
// empty cells. Lists written for these tests.
import { describe, expect, it } from 'vitest';
import { findTables } from '../../src/blocks/table.js';
import { csvRecord } from '../../src/blocks/table-csv.js';
import { splitLines } from '../../src/parse/lines.js';
import { extract } from '../../src/index.js';
import { grammars } from '../grammar-helpers.js';
import { outline } from '../outline/outline-helpers.js';
import { meta } from '../meta/meta-helpers.js';

const texts = (cells: Array<{ text: string }>) => cells.map((c) => c.text);

const LIST = [
  '附件,,,,',
  '某县2027年重点工作任务清单,,,,',
  '序号,工作任务,目标要求,牵头单位,完成时限',
  '一、产业发展（2项）,,,,',
  '1,壮大特色农业,茶园面积稳定在8万亩以上，茶叶产值增长8%,县农业农村局,2027年12月底',
  '2,培育工业企业,"1.新增规模以上工业企业12家；',
  '2.技改投资增长15%以上",县工信局,"6月底前启动,11月底前完成"',
  '二、社会事业（1项）,,,,',
  '3,提升医疗服务,"新建村卫生室6个,开展""健康下乡""义诊40场次",县卫生健康局,2027年10月底',
  '"注：1.各单位于每月5日前报送进展；',
  '2.本清单由县政府办公室负责解释。",,,,',
].join('\n');

describe('findTables: a task list saved as CSV', () => {
  it('should support numbered rows of prose cells, quoted cells over line breaks and doubled quotes', () => {
    const tables = findTables(LIST, grammars().tables);
    expect(tables).toHaveLength(2);
    const [a, b] = tables;
    expect(texts(a?.header ?? [])).toEqual(['序号', '工作任务', '目标要求', '牵头单位', '完成时限']);
    expect(a?.rows.map(texts)).toEqual([
      ['1', '壮大特色农业', '茶园面积稳定在8万亩以上，茶叶产值增长8%', '县农业农村局', '2027年12月底'],
      ['2', '培育工业企业', '1.新增规模以上工业企业12家；\n2.技改投资增长15%以上', '县工信局', '6月底前启动,11月底前完成'],
    ]);
    // The category row between the two is left to the outline; the note row closes the list.
    expect(LIST.slice(a?.end, b?.start)).toContain('二、社会事业（1项）');
    expect(b?.rows.map(texts)[0]).toEqual(['3', '提升医疗服务', '新建村卫生室6个,开展"健康下乡"义诊40场次', '县卫生健康局', '2027年10月底']);
    expect(b?.rows[1]?.[0]?.text).toMatch(/^注：1\.[\s\S]*解释。$/u);
    expect(LIST.slice(b?.end)).toBe('');
  });

  it('should support the list\'s outline: category rows as headings, no number inside a cell as an item', async () => {
    expect(await outline(LIST)).toEqual(['一、 产业发展（2项）', '二、 社会事业（1项）']);
  });

  it('should support the targets of the cells as items of the list\'s year', async () => {
    const plan = await extract(LIST);
    expect(plan.indicators.map((i) => `${i.metric}|${JSON.stringify(i.value)}|${i.unit}|${i.year}`)).toEqual([
      expect.stringMatching(/茶园面积\|8\|万亩\|2027/u),
      expect.stringMatching(/茶叶产值.*\|8\|%\|2027/u),
      expect.stringMatching(/规模以上工业企业\|12\|家\|2027/u),
      expect.stringMatching(/技改投资.*\|15\|%\|2027/u),
      expect.stringMatching(/村卫生室\|6\|个\|2027/u),
      expect.stringMatching(/义诊\|40\|场次\|2027/u),
    ]);
  });

  it('should support a category row whose ordinal a word processor followed with a tab', () => {
    const tabbed = LIST.replace('二、社会事业', '二、\t社会事业');
    const tables = findTables(tabbed, grammars().tables);
    expect(tables.map((t) => t.rows.length)).toEqual([2, 2]);
  });

  it('should support a title row padded with the empty cells of the columns', async () => {
    expect((await meta(LIST)).title).toBe('某县2027年重点工作任务清单');
  });

  it('should not support unnumbered prose rows, a quote left open, or a record of another length', () => {
    const lines = (s: string) => splitLines(s);
    expect(findTables(['序号,工作任务,目标要求,牵头单位,完成时限', '全年工作,要突出重点,抓好落实,确保实效,取得成效'].join('\n'), grammars().tables)).toEqual([]);
    const open = '1,任务,"目标没有收尾,单位,时限';
    expect(csvRecord(open, lines(open), 0)).toBeUndefined();
    expect(findTables(['序号,工作任务,目标要求,牵头单位,完成时限', '1,推进项目建设,完成投资5亿元,县发改局'].join('\n'), grammars().tables)).toEqual([]);
  });
});
