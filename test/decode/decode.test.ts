// Decoding for every command: UTF-8 ± BOM, UTF-16 LE/BE with BOM, GB18030/GBK, CRLF and CR line
// ends, binary refused, empty files. The seeds re-encoded give the same outline as the originals.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, DecodeError } from '../../src/decode/decode.js';
import { extract } from '../../src/pipeline.js';
import type { PlanChild } from '../../src/schema.js';
import { readSeed, runCli, seedIds } from '../helpers.js';

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (order === 'be') le.swap16();
  return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
}

const ENCODINGS: Record<string, { encode: (text: string) => Buffer; encoding: string; lineEnd?: string }> = {
  'utf-8': { encode: (t) => Buffer.from(t, 'utf8'), encoding: 'utf-8' },
  'utf-8 with BOM': { encode: (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]), encoding: 'utf-8-bom' },
  'utf-16le': { encode: (t) => utf16(t, 'le'), encoding: 'utf-16le' },
  'utf-16be': { encode: (t) => utf16(t, 'be'), encoding: 'utf-16be' },
  gb18030: { encode: (t) => iconv.encode(t, 'gb18030'), encoding: 'gb18030' },
  'gb18030 with CRLF': { encode: (t) => iconv.encode(t.replace(/\n/gu, '\r\n'), 'gb18030'), encoding: 'gb18030', lineEnd: '\r\n' },
  'utf-8 with CRLF': { encode: (t) => Buffer.from(t.replace(/\n/gu, '\r\n'), 'utf8'), encoding: 'utf-8', lineEnd: '\r\n' },
  'utf-8 with CR': { encode: (t) => Buffer.from(t.replace(/\n/gu, '\r'), 'utf8'), encoding: 'utf-8', lineEnd: '\r' },
  'utf-16le with CRLF': { encode: (t) => utf16(t.replace(/\n/gu, '\r\n'), 'le'), encoding: 'utf-16le', lineEnd: '\r\n' },
  'utf-16le without BOM': { encode: (t) => utf16(t, 'le').subarray(2), encoding: 'utf-16le' },
  'utf-16be without BOM': { encode: (t) => utf16(t, 'be').subarray(2), encoding: 'utf-16be' },
};

/** The outline as structure: depth, marker and title of every section, in order (no positions). */
function outline(children: PlanChild[], depth = 1, out: string[] = []): string[] {
  for (const c of children) {
    if (c.type !== 'section') continue;
    out.push(`${depth}|${c.marker}|${c.title}|${c.inline}`);
    outline(c.children, depth + 1, out);
  }
  return out;
}

describe('decode', () => {
  it('should decode each encoding and record it', async () => {
    const text = '一、加强疾病预防控制\n婴儿死亡率下降到4‰以下。\n';
    for (const [name, { encode, encoding }] of Object.entries(ENCODINGS)) {
      const decoded = await decode(encode(text));
      expect(decoded.encoding, name).toBe(encoding);
      expect(decoded.text.replace(/\r\n?/gu, '\n'), name).toBe(text.replace(/\r\n?/gu, '\n'));
    }
  });

  it('should keep UTF-8 with a few damaged bytes as UTF-8 (the damage shows as U+FFFD)', async () => {
    const good = Buffer.from('加强疾病预防控制，完善传染病监测预警体系。'.repeat(20), 'utf8');
    const damaged = Buffer.concat([good.subarray(0, 100), Buffer.from([0xff]), good.subarray(100)]);
    const decoded = await decode(damaged);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('\ufffd');
    const plan = await extract(damaged);
    expect(plan.diagnostics.map((d) => d.rule)).toContain('encoding/replacement-character');
  });

  it('should read GBK text (a GB18030 subset) as gb18030', async () => {
    const decoded = await decode(iconv.encode('贵阳市卫生健康局文件', 'gbk'));
    expect(decoded).toEqual({ text: '贵阳市卫生健康局文件', encoding: 'gb18030' });
  });

  it.each([
    ['NUL bytes', Buffer.from([0x41, 0x00, 0x42])],
    ['a NUL byte far into the file', Buffer.concat([Buffer.alloc(20000, 0x41), Buffer.from([0])])],
    ['control bytes', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))],
    ['random binary', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251 || 1))],
    ['UTF-16 holding NUL characters', utf16('ab\u0000cd', 'le')],
  ])('should refuse %s with a DecodeError of one line', async (_name, bytes) => {
    const error = await decode(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as Error).message).not.toContain('\n');
  });

  it.each([0x01, 0x08, 0x0e, 0x1a, 0x1c, 0x1f])('should refuse text full of control character %i (each end of the ranges counted)', async (code) => {
    const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? code : 0x41)));
    await expect(decode(bytes)).rejects.toBeInstanceOf(DecodeError);
  });

  it.each([0x09, 0x0b, 0x0c, 0x1b])('should support text full of %i (tab, vertical tab, form feed, escape are not counted)', async (code) => {
    const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? code : 0x41)));
    expect((await decode(bytes)).encoding).toBe('utf-8');
  });

  it('should support a text with control characters below the share of binary', async () => {
    const bytes = Buffer.concat([Buffer.alloc(1000, 0x41), Buffer.from([0x01, 0x1f])]);
    expect((await decode(bytes)).text).toHaveLength(1002);
  });

  it('should turn an empty file into an empty plan with a warning', async () => {
    const plan = await extract(new Uint8Array(0));
    expect(plan.source.encoding).toBe('utf-8');
    expect(plan.children).toEqual([]);
    expect(plan.diagnostics).toMatchObject([{ rule: 'text/empty', severity: 'warning' }]);
  });

  it('should refuse a binary file through the CLI in one stderr line, for the default command too', () => {
    const run = runCli(['-'], Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['plan-extract: -: binary file (contains NUL bytes); expected text']);
  });
});

describe('seeds re-encoded', () => {
  for (const id of seedIds()) {
    it(`should give ${id} the same tree in every encoding and with every line end`, async () => {
      const text = readSeed(id);
      const original = await extract(Buffer.from(text, 'utf8'));
      const expected = outline(original.children);
      expect(expected.length).toBeGreaterThan(3);
      for (const [name, { encode, encoding, lineEnd }] of Object.entries(ENCODINGS)) {
        const plan = await extract(encode(text));
        expect(plan.source.encoding, name).toBe(encoding);
        expect(outline(plan.children), name).toEqual(expected);
        expect(plan.indicators.map((i) => [i.metric, i.value, i.unit]), name).toEqual(original.indicators.map((i) => [i.metric, i.value, i.unit]));
        if (!lineEnd) {
          expect(plan.children, name).toEqual(original.children);
          expect(plan.diagnostics, name).toEqual(original.diagnostics);
        } else {
          expect(plan.diagnostics.map((d) => [d.rule, d.position.start.line]), name).toEqual(original.diagnostics.map((d) => [d.rule, d.position.start.line]));
        }
      }
    });
  }
});
