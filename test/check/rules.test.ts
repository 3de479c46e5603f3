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

  it('should not support a table/missing report over a table whose rows are parted by commas or single spaces', async () => {
    const csv = ['一、发展目标', '到2030年，全市托育服务体系基本健全。', '表1　某市托育服务主要指标', '序号,指标,2025年,2030年,属性', '1,每千人口托位数（个）,3.6,4.8,预期性', '2,普惠托位占比（%）,60,70,预期性', '二、重点任务'].join('\n');
    expect((await diagnosticsOfText(csv)).filter((d) => d.rule === 'table/missing')).toEqual([]);
    const spaced = ['表1 某县文旅发展主要指标', '指标名称 单位 2025年 2028年 属性', '接待游客 万人次 900 1200 预期性', '旅游总收入 亿元 80 110 预期性', '等级民宿 家 30 60 预期性'].join('\n');
    expect((await diagnosticsOfText(spaced)).filter((d) => d.rule === 'table/missing')).toEqual([]);
  });

  it('should not support a table/missing report for the head of a 专栏 that lists its targets as items', async () => {
    const text = ['（三）提升基层服务能力。推进乡镇卫生院提档升级。', '专栏3 基层医疗服务能力提升重点指标', '——家庭医生签约：重点人群签约率达到85%。', '——中医药服务：社区卫生服务中心全部设置中医馆。', '', '（四）深化医共体建设。'].join('\n');
    expect((await diagnosticsOfText(text)).filter((d) => d.rule === 'table/missing')).toEqual([]);
  });

  it('should support a table/missing report for a caption that prose follows', async () => {
    const text = ['“十五五”时期主要发展指标', '', '展望2035年，健康某市基本建成。'].join('\n');
    expect((await diagnosticsOfText(text)).filter((d) => d.rule === 'table/missing')).toHaveLength(1);
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
