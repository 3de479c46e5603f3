import { describe, expect, it } from 'vitest';
import { readTags } from '../../src/text/tags.js';
import { extract } from '../../src/pipeline.js';

/** The lines of a text, trimmed, without the empty ones. */
const lines = (text: string): string[] => text.split('\n').map((l) => l.trim().replace(/ +/gu, ' ')).filter((l) => l !== '');

describe('readTags', () => {
  it('should support block tags as line ends and inline tags as spaces, each as long as the tag', () => {
    const text = '<p style="text-indent:2em"><span>一、总体要求</span></p><p>到2025年，<strong>建成</strong>3个中心。</p>';
    const read = readTags(text);
    expect(read.length).toBe(text.length);
    expect(lines(read)).toEqual(['一、总体要求', '到2025年， 建成 3个中心。']);
  });

  it('should support a block tag at a line start or end as spaces only (the line ends there already)', () => {
    expect(readTags('<p>一、目标</p>\n<p>二、任务</p>').split('\n')).toHaveLength(2);
    expect(readTags('甲<br/>乙').split('\n')).toEqual(['甲', '    乙']);
  });

  it('should support the comments, declaration, scripts and style sheets of a page blanked with what they hold', () => {
    const text = '<!DOCTYPE html><html><head><title>某市工作要点</title><style>p{margin:0}\n</style><SCRIPT>if(a<b)x="一、";</SCRIPT ></head><!-- 正文 --><p>一、目标</p>';
    const read = readTags(text);
    expect(read.length).toBe(text.length);
    expect(lines(read)).toEqual(['某市工作要点', '一、目标']);
  });

  it('should not support blanking past a comment or a script never closed', () => {
    expect(readTags('<!-- 注 一、目标')).toBe('<!-- 注 一、目标');
    expect(lines(readTags('<script>一、目标<p>二、任务'))).toEqual(['<script>一、目标', '二、任务']);
  });

  it('should support a <br> inside a row of a markdown pipe table as spaces: the row stays one line', () => {
    const text = '| 指标 | 2026年 |\n| 每万人口全科医生数<br>（人） | 4.2 |\n|县域就诊率<br/>（%）|91|';
    const read = readTags(text);
    expect(read.length).toBe(text.length);
    expect(read.split('\n')).toHaveLength(3);
  });

  it('should not support a <br> outside a pipe table row as anything but a line end', () => {
    expect(readTags('| 甲<br>乙').split('\n')).toHaveLength(2);
    expect(readTags('一、目标<br>二、任务 |').split('\n')).toHaveLength(2);
    expect(readTags('| 甲 |<p>乙</p>| 丙 |').split('\n').length).toBeGreaterThan(1);
  });

  it('should support the cells of an HTML table row on one line as one row, parted by TABs, with no empty line between rows', () => {
    const text = '<table><tr><th>指标</th><th>2027年目标</th></tr><tr><td>婴儿死亡率（‰）</td><td>≤4</td></tr></table>';
    const read = readTags(text);
    expect(read.length).toBe(text.length);
    expect(read.split('\n').map((l) => l.trim().split(/\s*\t\s*/u))).toEqual([['指标', '2027年目标'], ['婴儿死亡率（‰）', '≤4'], ['']]);
  });

  it('should not support a TAB where the page writes each cell on a line of its own, after a spacer cell, or after a cell\'s paragraph', () => {
    expect(readTags('<tr>\n<td>指标</td>\n<td>目标值</td>\n</tr>')).not.toContain('\t');
    const spacer = readTags('<table><tr><td width="8">&nbsp;</td><td>一、总体要求<br>到2027年…</td></tr></table>');
    expect(spacer).not.toContain('\t');
    expect(lines(spacer)).toEqual(['&nbsp; 一、总体要求', '到2027年…']);
    expect(lines(readTags('<tr><td><p>一、目标</p><p>正文</p></td><td>右栏</td></tr>'))).toEqual(['一、目标', '正文', '右栏']);
  });

  it('should not support a comparison or a name in angle brackets that is no tag of text markup', () => {
    for (const text of ['空气质量指数<100的天数', '增速<5%', '<其他>', '<script>', 'a < b > c']) expect(readTags(text)).toBe(text);
  });
});

describe('a web page source through the pipeline', () => {
  it('should support every row of a markdown pipe table one of whose name cells a converter broke with <br>', async () => {
    const text = [
      '# 某市2027年卫生健康工作要点',
      '',
      '**一、主要目标**',
      '',
      '| 指标名称 | 单位 | 2026年完成值 | 2027年目标值 |',
      '| --- | --- | --- | --- |',
      '| 每千人口执业（助理）医师数<br>（含乡村医生） | 人 | 3.1 | 3.3 |',
      '| 居民健康素养水平 | % | 31.5 | 33 |',
      '| 孕产妇系统管理率 | % | 92.4 | ≥93 |',
      '',
      '**二、重点任务**',
      '',
      '**（一）强化基层服务。**新建村卫生室12个。',
    ].join('\n');
    const plan = await extract(text, { path: 'x.txt' });
    const cells = plan.indicators.filter((i) => i.position.start.line >= 7 && i.position.start.line <= 9);
    expect(cells.map((i) => `${i.position.start.line}|${i.value}|${i.unit}|${i.kind}|${i.year}`)).toEqual([
      '7|3.1|人|baseline|2026',
      '7|3.3|人|target|2027',
      '8|31.5|%|baseline|2026',
      '8|33|%|target|2027',
      '9|92.4|%|baseline|2026',
      '9|93|%|target|2027',
    ]);
    expect(cells.every((i) => !/^[%\d]/u.test(i.metric ?? ''))).toBe(true);
  });

  it('should support a small HTML table of targets under a heading, each row read as a row', async () => {
    const text = [
      '<html><body><h1>某县2027年卫生健康工作要点</h1>',
      '<p>一、主要目标</p>',
      '<table border="1"><tr><td>指标</td><td>目标值</td></tr><tr><td>婴儿死亡率（‰）</td><td>≤4</td></tr></table>',
      '<p>二、重点任务</p><p>新建村卫生室5个。</p></body></html>',
    ].join('\n');
    const plan = await extract(text, { path: 'page.html' });
    expect(plan.indicators.map((i) => `${i.metric}|${i.value}|${i.unit}|${i.comparator}|${i.text}`)).toEqual(['婴儿死亡率|4|‰|<=|≤4', '村卫生室|5|个|=|新建村卫生室5个']);
  });

  it('should support an outline and indicators read from paragraphs in <p> tags on one line, positions in the source', async () => {
    const text = '<p><strong>一、主要目标</strong></p><p>到2025年，婴儿死亡率下降到4&permil;以下。</p><p>二、重点任务</p>';
    const plan = await extract(text);
    expect(plan.children.filter((c) => c.type === 'section').map((c) => c.type === 'section' && c.title)).toEqual(['主要目标', '重点任务']);
    const [rate] = plan.indicators;
    expect([rate?.metric, rate?.value, rate?.unit, rate?.year]).toEqual(['婴儿死亡率', 4, '‰', 2025]);
    expect(text.slice(rate?.position.start.offset, rate?.position.end.offset)).toBe(rate?.text);
  });
});
