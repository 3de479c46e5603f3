// Tables set one cell a line on a page that lost its line breaks: header cells and row cells run together
// with nothing between them, read as the cells they were.
import { describe, expect, it } from 'vitest';
import { findTables } from '../../src/blocks/table.js';
import { runTogetherCellCuts } from '../../src/blocks/table-runcells.js';
import { extract } from '../../src/pipeline.js';
import { grammars } from '../grammar-helpers.js';

/** Prose long enough for a body run together (the tables of short lines are read as they are). */
const prose = (n: number) => Array.from({ length: n }, (_, i) => `各地要推进第${i + 1}项生态环境重点工作，确保按期完成任务。`).join('');
const texts = (cells: Array<{ text: string }>) => cells.map((c) => c.text);
/** The pieces the cuts part `text` into, from the first cut to the last. */
function pieces(text: string): string[] {
  const cuts = runTogetherCellCuts(text, 0, text.length, grammars().tables);
  return cuts.slice(1).map((c, i) => text.slice(cuts[i], c));
}

describe('runTogetherCellCuts: a one-cell-a-line table run together on one line', () => {
  it('should support a header, a unit column and rows that end in their attribute word', () => {
    const table = [
      ['指标', '单位', '2020年', '2025年', '属性'],
      ['城市空气质量优良天数比率', '%', '93.2', '≥95', '约束性'],
      ['森林覆盖率', '%', '61.5', '62', '约束性'],
      ['新增污水管网', '公里', '〔150〕', '〔300〕', '预期性'],
    ];
    const src = `${prose(10)}表2　某市“十四五”生态环境主要指标${table.flat().join('')}注：〔〕内为五年累计数。${prose(4)}`;
    expect(pieces(src).slice(0, 20)).toEqual(table.flat());
  });

  it('should support the cells parted by the spaces a page left for its line breaks, each cut before the next cell', () => {
    const table = [
      ['序号', '指标', '单位', '2020年', '2025年', '属性'],
      ['1', '城市空气质量优良天数比率', '%', '93.2', '≥95', '约束性'],
      ['2', '森林覆盖率', '%', '61.5', '62', '约束性'],
      ['3', '新增污水管网', '公里', '〔150〕', '〔300〕', '预期性'],
    ];
    const src = `${prose(10)} 表2 某市“十四五”生态环境主要指标 ${table.flat().join(' ')} 注：〔〕内为五年累计数。 ${prose(4)}`;
    expect(pieces(src).slice(0, 24).map((p) => p.trim())).toEqual(table.flat());
  });

  it('should not support spaced prose as a table for want of a header of column words', () => {
    const src = `${prose(10)} 一、 总体要求 到2025年 全市 森林覆盖率 达到 62% 城市空气质量优良天数比率 达到 95% ${prose(4)}`;
    expect(runTogetherCellCuts(src, 0, src.length, grammars().tables)).toEqual([]);
  });

  it('should support two bare numbers run together, parted where they are closest in size', () => {
    const table = [
      ['指标', '单位', '2020年', '2025年', '属性'],
      ['全市用水总量', '亿立方米', '1.38', '1.45', '约束性'],
      ['供水能力', '万立方米', '4820', '5600', '预期性'],
      ['农村自来水普及率', '%', '96', '100', '预期性'],
    ];
    const src = `${prose(10)}${table.flat().join('')}${prose(4)}`;
    expect(pieces(src).slice(0, 20)).toEqual(table.flat());
  });

  it('should support rows cut at the 序号 column with the attribute before the values', () => {
    const table = [
      ['序号', '指标名称', '指标属性', '基准值（2020年）', '目标值（2025年）'],
      ['1', '农田灌溉水有效利用系数', '预期性', '0.55', '≥0.57'],
      ['2', '重要水功能区水质达标率', '约束性', '88％', '95％'],
      ['3', '新建改造农村供水管网', '预期性', '/', '260公里'],
    ];
    const src = `${prose(10)}${table.flat().join('')}二、重点任务${prose(4)}`;
    expect(pieces(src).slice(0, 20)).toEqual(table.flat());
  });

  it('should support a name that cites a standard with digits in its brackets, and a value with a remark', () => {
    const table = [
      ['序号', '指标名称', '指标属性', '基准值（2020年）', '目标值（2025年）'],
      ['1', '生活饮用水水质达标率（GB5749-2022）', '约束性', '≥95％', '≥99％'],
      ['2', '污泥无害化处置率', '约束性', '90％', '≥98％（除危废外）'],
    ];
    const src = `${prose(10)}${table.flat().join('')}二、重点任务${prose(4)}`;
    expect(pieces(src).slice(0, 15)).toEqual(table.flat());
  });

  it('should support units of counts of events and of energy in standard coal, with a magnitude', () => {
    const table = [
      ['序号', '指标', '单位', '2025年', '2030年', '属性'],
      ['1', '较大火灾事故起数', '起', '4', '≤3', '约束性'],
      ['2', '能源消费总量', '万吨标准煤', '1260', '1420', '预期性'],
    ];
    const src = `${prose(10)}${table.flat().join('')}注：2030年为预计数。${prose(4)}`;
    expect(pieces(src).slice(0, 18)).toEqual(table.flat());
  });

  it('should support the table read as its rows by the table stage', () => {
    const src = `${prose(10)}指标单位2020年2025年属性城市空气质量优良天数比率%93.2≥95约束性森林覆盖率%61.562约束性${prose(4)}\n`;
    const [t] = findTables(src, grammars().tables);
    expect(texts(t?.header ?? [])).toEqual(['指标', '单位', '2020年', '2025年', '属性']);
    expect(t?.rows.map(texts)).toEqual([
      ['城市空气质量优良天数比率', '%', '93.2', '≥95', '约束性'],
      ['森林覆盖率', '%', '61.5', '62', '约束性'],
    ]);
  });

  it('should support its targets read as from the table laid out one cell a line', async () => {
    const rows = [['指标', '单位', '2020年', '2025年', '属性'], ['森林覆盖率', '%', '61.5', '62', '约束性'], ['供水能力', '万立方米', '4820', '5600', '预期性']];
    const body = ['某市“十四五”生态环境保护规划', '一、主要目标', prose(10), '表1　主要指标', ...rows.flat(), prose(4)];
    const read = async (text: string) => (await extract(text)).indicators.map((i) => `${i.metric} ${JSON.stringify(i.value)} ${i.kind} ${i.year}`);
    const clean = await read(body.join('\n'));
    expect(clean).toContain('供水能力 4820 baseline 2020');
    expect(await read(body.join(''))).toEqual(clean);
  });

  it('should not support a header with no rows of its shape after it', () => {
    const src = `${prose(10)}指标单位2020年2025年属性各地要加快推进重点工作，确保按期完成。${prose(4)}`;
    expect(pieces(src)).toEqual([]);
  });

  it('should not support header words in a sentence, nor a short line', () => {
    expect(pieces(`${prose(10)}请各单位按照指标名称、单位、2025年目标值和属性填报。${prose(4)}`)).toEqual([]);
    expect(pieces('指标单位2020年2025年属性森林覆盖率%61.562约束性供水能力万立方米48205600预期性')).toEqual([]);
  });
});
