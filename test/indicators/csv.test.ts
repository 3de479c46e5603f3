import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/serialize/csv.js';
import { extract } from '../../src/pipeline.js';
import { runCli } from '../helpers.js';
import { TABLES } from '../../src/tables/index.js';

describe('csv', () => {
  it('should support RFC 4180 quoting', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('开展 3 次"万医下基层"')).toBe('"开展 3 次""万医下基层"""');
    expect(csvField('65 以\n\n上')).toBe('"65 以\n\n上"');
    expect(csvField(null)).toBe('');
    expect(csvField(2024)).toBe('2024');
  });

  it('should support one row per indicator with the columns of the indicators table, ranges as two numbers', async () => {
    const plan = await extract('2024年工作计划\n一、总体目标\n1. 签约\n全人群和重点人群签约率提升1-3个百分点。', { path: 'a.txt' });
    const csv = toCsv([plan]);
    expect(csv.startsWith(`\ufeff${TABLES.indicators.columns.map((c) => c.name).join(',')}\r\n`)).toBe(true);
    const rows = csv.slice(1).split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(3);
    const header = rows[0]!.split(',');
    const cells = rows[1]!.split(',');
    const cell = (name: string) => cells[header.indexOf(name)];
    expect([cell('document'), cell('section'), cell('metric')]).toEqual(['a.txt', '一、 > 1.', '全人群签约率']);
    expect([cell('value'), cell('valueMin'), cell('valueMax'), cell('unit')]).toEqual(['', '1', '3', '个百分点']);
    expect([cell('comparator'), cell('kind'), cell('year'), cell('line')]).toEqual(['range', 'change', '2024', '4']);
  });

  it('should not support a bare "=" comparator (a spreadsheet formula)', async () => {
    const plan = await extract('2024年工作计划\n一、总体目标\n全市开设老年医学科的医院达到60%。', { path: 'a.txt' });
    const csv = toCsv([plan]);
    expect(csv).not.toMatch(/(^|,)=/mu);
  });

  it('should write one header for several inputs through the CLI', () => {
    const run = runCli(['--format', 'csv', 'seeds/001_73bd3943b8d95550.txt', 'seeds/000_02d3ace16047bf58.txt']);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('\ufeffdocument,')).toBe(true);
    expect(run.stdout.match(/document,seq,/gu)).toHaveLength(1);
    const rows = run.stdout.split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(1 + 2 + 1);
    expect(rows[1]?.startsWith('seeds/001_73bd3943b8d95550.txt,')).toBe(true);
    expect(rows[3]?.startsWith('seeds/000_02d3ace16047bf58.txt,')).toBe(true);
  });
});
