// The administrative divisions index: built from the dataset, or read back from the file the build
// writes (dist/data/divisions.json) for the shipped grammar's notPlaces.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultGrammars } from '../../src/grammar/grammars.js';
import { compileDivisions, shortName } from '../../src/meta/division-dataset.js';
import { divisionIndex } from '../../src/meta/divisions.js';
import { BIN, ROOT } from '../helpers.js';

const SHIPPED = defaultGrammars().meta.notPlaces;

describe('meta: divisions index', () => {
  it('should support the build writing the index the dataset gives for the shipped notPlaces', () => {
    const written: unknown = JSON.parse(readFileSync(join(ROOT, 'dist/data/divisions.json'), 'utf8'));
    expect(written).toEqual(compileDivisions(SHIPPED));
  });

  it('should support finding every division by its name and short name, in dataset order', () => {
    const compiled = compileDivisions(SHIPPED);
    const index = divisionIndex(SHIPPED);
    const codes = compiled.codes.split('\n');
    const names = compiled.names.split('\n');
    const shorts = compiled.shorts.split('\n');
    names.forEach((name, n) => {
      const found = index.byName.get(name)?.map((d) => d.code) ?? [];
      expect(found).toContain(codes[n]);
      expect(found.map((code) => codes.indexOf(code))).toEqual([...found.map((code) => codes.indexOf(code))].sort((a, b) => a - b));
      if (shorts[n] !== name) expect(index.byShort.get(shorts[n] as string)?.map((d) => d.code)).toContain(codes[n]);
    });
    expect(index.byName.get('宝山区')?.map((d) => `${d.parent?.name}${d.name}`)).toEqual(['双鸭山市宝山区', '上海市宝山区']);
    expect(index.byName.get('不存在区')).toBeUndefined();
  });

  it('should support startsName for the first character of every name and short name, and should not support it for others', () => {
    const compiled = compileDivisions(SHIPPED);
    const index = divisionIndex(SHIPPED);
    const firsts = new Set([...compiled.names.split('\n'), ...compiled.shorts.split('\n')].filter((n) => n !== '').map((n) => n.charCodeAt(0)));
    for (const code of firsts) expect(index.startsName(code)).toBe(true);
    for (const word of ['的', '，', '。', '1', 'A']) expect(index.startsName(word.charCodeAt(0))).toBe(false);
    expect([...compiled.firsts].length).toBe(firsts.size);
  });

  it('should support short names without the suffix and the nationalities of an autonomous division', () => {
    const names = ['中山市', '恩施土家族苗族自治州', '黔东南苗族侗族自治州', '博尔塔拉蒙古自治州', '内蒙古自治区', '广西壮族自治区', '龙胜各族自治县', '鄂温克族自治旗', '大兴安岭地区'];
    expect(names.map(shortName)).toEqual(['中山', '恩施', '黔东南', '博尔塔拉', '内蒙古', '广西', '龙胜', '鄂温克', '大兴安岭']);
  });

  it('should not support a short name of fewer than two characters', () => {
    expect(['城区', '赵县', '西藏自治区'].map(shortName)).toEqual(['城区', '赵县', '西藏']);
  });

  it('should support a grammar of its own notPlaces after the shipped ones (not the first index for every grammar)', () => {
    const shipped = divisionIndex(SHIPPED);
    const none = divisionIndex([]);
    expect(shipped.byName.get('市辖区')).toBeUndefined();
    expect(none.byName.get('市辖区')?.length).toBeGreaterThan(0);
    expect(divisionIndex([...SHIPPED])).toBe(shipped);
  });

  it('should support the built CLI finding a region without reading the dataset', () => {
    // A preload makes reading the dataset fail: the region must come from the build's index.
    const preload = `import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const read = fs.readFileSync;
fs.readFileSync = function (path, ...rest) {
  if (String(path).endsWith('level.min.json')) throw new Error('the dataset was read');
  return read.call(this, path, ...rest);
};
syncBuiltinESMExports();`;
    const run = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(preload)}`, BIN, 'seeds/001_73bd3943b8d95550.txt'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { meta: { regionCode: string | null } }).meta.regionCode).toMatch(/^\d{6}$/u);
  });
});
