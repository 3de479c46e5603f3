// Table CSV cells: text that a spreadsheet would run as a formula is defused; numbers stay numbers.
import { describe, expect, it } from 'vitest';
import { csvCell, csvRecords } from '../../src/serialize/csv.js';
import { col, type Table } from '../../src/tables/index.js';

const text = col('t', 'string', '');
const number = col('n', 'number', '');

describe('csvCell', () => {
  it('should support a leading quote on text that starts like a formula', () => {
    for (const s of ['=1+1', '=', '+86 10', '-3%', '-\n1', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(s, text)).toBe(`'${s}`);
  });

  it('should not support changing other text', () => {
    for (const s of ['婴儿死亡率', 'at-least', '1-3', "'quoted", '-']) expect(csvCell(s, text)).toBe(s);
  });

  it('should not support a quote in front of a negative number in a numeric column', () => {
    expect(csvCell(-0.5, number)).toBe('-0.5');
    expect(csvCell(0.004, number)).toBe('0.004');
  });

  it('should support null as an empty cell and booleans as true/false', () => {
    expect(csvCell(null, text)).toBe('');
    expect(csvCell(true, col('b', 'boolean', ''))).toBe('true');
  });

  it('should support RFC 4180 quoting after defusing', () => {
    const table: Table = { name: 'dates', key: ['t'], columns: [text, number] };
    expect(csvRecords(table, [{ t: '=a,"b"', n: 1 }])).toBe(`"'=a,""b""",1\r\n`);
  });
});
