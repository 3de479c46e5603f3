// Every rule of the check stage: its fixture pair (fixtures/check/<rule>/bad.txt triggers it,
// good.txt does not) and its documented bad and good examples.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, ruleById } from '../../src/check/registry.js';
import { ROOT } from '../helpers.js';
import { CHECK_FIXTURES, diagnosticsOfFixture, diagnosticsOfText } from './check-helpers.js';

const checked = RULES.filter((r) => r.check);

describe('rule registry', () => {
  it('should list every required rule id, each once, documented', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'numbering/gap',
      'numbering/duplicate',
      'numbering/out-of-order',
      'numbering/level-skip',
      'outline/empty-section',
      'outline/unclosed-quote',
      'table/missing',
      'text/truncated',
      'encoding/replacement-character',
      'encoding/mixed-width-punctuation',
      'indicator/missing-value',
      'indicator/implausible-unit',
      'date/lost-separator',
    ]) {
      const rule = ruleById(id);
      expect(rule, id).toBeDefined();
      expect(rule?.description.length).toBeGreaterThan(20);
      expect(typeof rule?.bad).toBe('string');
      expect(rule?.good.length).toBeGreaterThan(0);
    }
  });

  it('should document every rule in docs/check.md', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'check.md'), 'utf8');
    for (const rule of RULES) expect(docs, rule.id).toContain(`### \`${rule.id}\` — ${rule.severity}`);
  });

  it('should register the rules of other stages without running them here', () => {
    for (const id of ['indicator/missing-value', 'indicator/implausible-unit', 'date/lost-separator']) {
      expect(ruleById(id)?.check).toBeUndefined();
      expect(ruleById(id)?.emittedBy).toBeTruthy();
    }
  });
});

describe.each(checked.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const dir = id.replace('/', '-');

  it('should have a fixture pair', () => {
    expect(existsSync(join(CHECK_FIXTURES, dir, 'bad.txt'))).toBe(true);
    expect(existsSync(join(CHECK_FIXTURES, dir, 'good.txt'))).toBe(true);
  });

  it('should trigger on its bad fixture, with a place and its default severity', async () => {
    const found = (await diagnosticsOfFixture(`${dir}/bad.txt`)).filter((d) => d.rule === id);
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) {
      expect(d.severity).toBe(rule.severity);
      expect(d.message.length).toBeGreaterThan(5);
      expect(d.position.start.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('should stay quiet on its good fixture', async () => {
    expect((await diagnosticsOfFixture(`${dir}/good.txt`)).filter((d) => d.rule === id)).toEqual([]);
  });

  it('should trigger on its documented bad example and not on the good one', async () => {
    expect((await diagnosticsOfText(rule.bad)).some((d) => d.rule === id)).toBe(true);
    expect((await diagnosticsOfText(rule.good)).some((d) => d.rule === id)).toBe(false);
  });
});

describe('rule details', () => {
  it('should name the missing ordinal of a gap', async () => {
    const [gap] = (await diagnosticsOfFixture('numbering-gap/bad.txt')).filter((d) => d.rule === 'numbering/gap');
    expect(gap?.message).toContain('（三）');
    expect(gap?.position.start.line).toBe(9);
  });

  it('should not call continuing numbering (1..N through all sections) a gap', async () => {
    const text = ['一、甲', '1. 一项工作。', '2. 二项工作。', '二、乙', '3. 三项工作。', '三、丙', '4. 四项工作。'].join('\n');
    expect((await diagnosticsOfText(text)).filter((d) => d.rule.startsWith('numbering/') && d.severity !== 'info')).toEqual([]);
  });

  it('should report a jump in continuing numbering across sections', async () => {
    const text = ['一、甲', '1. 一项工作。', '2. 二项工作。', '二、乙', '4. 四项工作。'].join('\n');
    const gaps = (await diagnosticsOfText(text)).filter((d) => d.rule === 'numbering/gap');
    expect(gaps.map((d) => d.position.start.line)).toEqual([5]);
    expect(gaps[0]?.message).toContain('3.');
  });

  it('should accept numbering that restarts at 1 under each parent', async () => {
    const text = ['一、甲', '（一）子一。', '（二）子二。', '二、乙', '（一）子一。', '（二）子二。'].join('\n');
    expect((await diagnosticsOfText(text)).filter((d) => d.rule.startsWith('numbering/'))).toEqual([]);
  });

  it('should report level skips once per document, as info', async () => {
    const found = (await diagnosticsOfFixture('numbering-level-skip/bad.txt')).filter((d) => d.rule === 'numbering/level-skip');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('info');
    expect(found[0]?.message).toContain('2 sections');
  });

  it('should point at the unclosed quotation mark', async () => {
    const [d] = (await diagnosticsOfFixture('outline-unclosed-quote/bad.txt')).filter((x) => x.rule === 'outline/unclosed-quote');
    expect(d?.position.start.column).toBe('16.加快便捷就医服务的数字化转型。推进区域PCAC升级，建设社区家庭医生'.length + 1);
  });

  it('should support one unclosed-quote report per paragraph and kind, at the first opener left open', async () => {
    const text = ['推进“互联网+医疗健康“示范省建设，落实《实施意见。', '开展“优质服务基层行”活动，创建“社区医院。'].join('\n');
    const found = (await diagnosticsOfText(text)).filter((d) => d.rule === 'outline/unclosed-quote');
    expect(found.map((d) => [d.position.start.line, d.position.start.column])).toEqual([[1, 3], [1, 21], [2, 17]]);
  });

  it('should not support a report for a title mark that a title set over two lines closes on its next line', async () => {
    const text = ['某县林业局关于印发《某县2027年国土绿化', '', '行动计划》的通知', '', '各乡镇人民政府：', '现将《某县2027年国土绿化行动计划》印发给你们。'].join('\n');
    expect((await diagnosticsOfText(text)).filter((d) => d.rule === 'outline/unclosed-quote')).toEqual([]);
  });

  it('should support a report for a mark left open whose next line opens another of its kind first, or closes it far on', async () => {
    const text = ['落实《某县2027年国土绿化', '《行动计划》要求。'].join('\n');
    expect((await diagnosticsOfText(text)).filter((d) => d.rule === 'outline/unclosed-quote').map((d) => d.position.start.line)).toEqual([1]);
    const far = ['落实《某县国土绿化', `${'推进造林绿化和森林质量提升，'.repeat(4)}》。`].join('\n');
    expect((await diagnosticsOfText(far)).filter((d) => d.rule === 'outline/unclosed-quote').map((d) => d.position.start.line)).toEqual([1]);
  });

  it('should not support a report for each of thousands of openers of one kind left open in a paragraph', async () => {
    const found = (await diagnosticsOfText(`建设${'“'.repeat(5000)}项目。`)).filter((d) => d.rule === 'outline/unclosed-quote');
    expect(found).toHaveLength(1);
  });

  it('should count replacement characters in runs', async () => {
    const found = (await diagnosticsOfFixture('encoding-replacement-character/bad.txt')).filter((d) => d.rule === 'encoding/replacement-character');
    expect(found.map((d) => d.message.split(' ')[0])).toEqual(['1', '2']);
  });

  it('should give an empty file an empty plan and one warning', async () => {
    const plan = (await import('../../src/pipeline.js')).extract(new Uint8Array(0), { path: 'empty.txt' });
    const { children, diagnostics } = await plan;
    expect(children).toEqual([]);
    expect(diagnostics.map((d) => [d.rule, d.severity])).toEqual([['text/empty', 'warning']]);
  });
});
