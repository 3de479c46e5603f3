// Tables of a body run together on one line: a tab-parted table whose rows lost their line ends, each
// row's last cell run into the next row's first, read as the rows it had.
import { describe, expect, it } from 'vitest';
import { findTables } from '../../src/blocks/table.js';
import { runOnTableLines } from '../../src/blocks/table-runon.js';
import { splitLines } from '../../src/parse/lines.js';
import { grammars } from '../grammar-helpers.js';

const texts = (cells: Array<{ text: string }>) => cells.map((c) => c.text);
/** Prose long enough for a body run together (the tables of short lines are read as they are). */
const prose = (n: number) => Array.from({ length: n }, (_, i) => `各地要推进第${i + 1}项卫生健康重点工作，确保按期完成任务。`).join('');
const oneLine = (rows: string[][]) => rows.map((r) => r.join('\t')).join('');

describe('runOnTableLines: a table whose rows ran together on one line', () => {
  it('should support rows cut after an attribute column, with a group column left empty under its first row', () => {
    const table = [
      ['类别', '指标', '单位', '2020年', '2025年', '属性'],
      ['健康水平', '人均预期寿命', '岁', '78.1', '79', '预期性'],
      ['婴儿死亡率', '‰', '4.8', '≤4.5', '预期性'],
      ['健康服务', '每千人口执业（助理）医师数', '人', '2.6', '3.2', '约束性'],
    ];
    const src = `${prose(8)}表1　某县“十四五”卫生健康主要指标${oneLine(table)}注：带〔〕的为五年累计数。${prose(8)}\n`;
    const [t, ...rest] = findTables(src, grammars().tables);
    expect(rest).toEqual([]);
    expect(texts(t?.header ?? [])).toEqual(table[0]);
    expect(t?.rows.map(texts).map((r) => r.filter(Boolean))).toEqual(table.slice(1));
  });

  it('should support rows cut at the 序号 column after a value or a deadline', () => {
    const table = [
      ['序号', '指标名称', '单位', '2020年', '2025年'],
      ['1', '城市生活污水集中收集率', '%', '65', '≥75'],
      ['2', '农村自来水普及率', '%', '92.3', '98'],
      ['3', '新建供水管网', '公里', '—', '120'],
    ];
    const src = `${prose(8)}主要指标如下表：${oneLine(table)}二、重点任务${prose(8)}\n`;
    const [t] = findTables(src, grammars().tables);
    expect(t?.rows.map(texts)).toEqual(table.slice(1));
    const tasks = [
      ['序号', '重点任务', '牵头单位', '完成时限'],
      ['1', '建成垃圾焚烧发电项目1个', '市城管局', '2025年12月底前'],
      ['2', '新增分类投放点500个', '各区人民政府', '持续推进'],
      ['3', '出台分类考核办法', '市城管局', '2024年6月底前'],
    ];
    const [u] = findTables(`${prose(16)}附件重点任务分工表${oneLine(tasks)}`, grammars().tables);
    expect(u?.rows.map(texts)).toEqual(tasks.slice(1));
  });

  it('should support a header whose year cells name their role after the year (2025年基期, 2030年目标)', () => {
    const table = [
      ['序号', '指标', '单位', '2025年基期', '2030年目标', '属性'],
      ['1', '森林覆盖率', '%', '78.9', '≥79', '约束性'],
      ['2', '森林蓄积量', '亿立方米', '2.08', '2.3', '约束性'],
      ['3', '湿地保护率', '%', '57.2', '≥60', '约束性'],
    ];
    const [t] = findTables(`${prose(16)}表1　主要指标${oneLine(table)}注：〔〕内为累计数。${prose(4)}`, grammars().tables);
    expect(texts(t?.header ?? [])).toEqual(table[0]);
    expect(t?.rows.map(texts)).toEqual(table.slice(1));
  });

  it('should support a markdown pipe table whose rows ran together (…| ≥38 || 生活垃圾…)', () => {
    const rows = ['| 指标 | 单位 | 2024年 | 2025年 |', '| --- | --- | --- | --- |', '| 生活垃圾回收利用率 | % | 35 | ≥38 |', '| 分类小区覆盖率 | % | 75 | 100 |'];
    const [t] = findTables(`${prose(16)}附件1分年度目标${rows.join('')}附件2任务分工表${prose(4)}`, grammars().tables);
    expect(texts(t?.header ?? [])).toEqual(['指标', '单位', '2024年', '2025年']);
    expect(t?.rows.map(texts)).toEqual([
      ['生活垃圾回收利用率', '%', '35', '≥38'],
      ['分类小区覆盖率', '%', '75', '100'],
    ]);
  });

  it('should support rows that ran together with a space where each line break was, tab-parted and pipe-parted', () => {
    const table = [
      ['序号', '指标', '单位', '2026年', '2028年', '属性'],
      ['1', '农村生活污水治理率', '%', '48', '60', '约束性'],
      ['2', '新建改造雨污管网', '公里', '35', '120', '预期性'],
      ['3', '黑臭水体消除比例', '%', '90', '100', '约束性'],
    ];
    const spaced = table.map((r) => r.join('\t')).join(' ');
    const [t] = findTables(`${prose(8)}表1 主要指标 ${spaced} ${prose(8)}\n`, grammars().tables);
    expect(texts(t?.header ?? [])).toEqual(table[0]);
    expect(t?.rows.map(texts)).toEqual(table.slice(1));
    const unnumbered = table.map((r) => r.slice(1));
    const [u] = findTables(`${prose(8)}表1 主要指标 ${unnumbered.map((r) => r.join('\t')).join(' ')} ${prose(8)}\n`, grammars().tables);
    expect(u?.rows.map(texts)).toEqual(unnumbered.slice(1));
    const pipes = ['| 指标 | 单位 | 2026年 | 2027年 |', '| --- | --- | --- | --- |', '| 城市污水处理率 | % | 96 | ≥97 |', '| 再生水利用率 | % | 25 | 30 |'];
    const [p] = findTables(`${prose(16)} 附件1 分年度目标 ${pipes.join(' ')} 附件2 任务分工表 ${prose(4)}`, grammars().tables);
    expect(p?.rows.map(texts)).toEqual([
      ['城市污水处理率', '%', '96', '≥97'],
      ['再生水利用率', '%', '25', '30'],
    ]);
  });

  it('should not support tabs of a short line or of a row of its own as a run-together table', () => {
    const src = `${prose(3)}\n序号\t指标\t单位\t2025年\n1\t人均预期寿命\t岁\t79\n`;
    const lines = splitLines(src);
    expect(runOnTableLines(src, lines, grammars().tables)).toBe(lines);
    // Tabs that part no header from rows (a list pasted with tabs) cut nothing either.
    const list = `${prose(10)}一\t二\t三\t四\t五\t六\t七\t八。${prose(4)}`;
    const listLines = splitLines(list);
    expect(runOnTableLines(list, listLines, grammars().tables)).toBe(listLines);
  });

  it('should not support a row with more cells than the header as a table row: the run is left alone', () => {
    const rows = [
      ['序号', '指标', '单位', '2025年'],
      ['1', '人均预期寿命', '岁', '79', '多出的一格', '又一格'],
      ['2', '婴儿死亡率', '‰', '4'],
    ];
    const src = `${prose(10)}${oneLine(rows)}${prose(4)}`;
    const lines = splitLines(src);
    expect(runOnTableLines(src, lines, grammars().tables)).toBe(lines);
  });
});
