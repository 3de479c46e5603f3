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

  it('should not support a comparison or a name in angle brackets that is no tag of text markup', () => {
    for (const text of ['空气质量指数<100的天数', '增速<5%', '<其他>', '<script>', 'a < b > c']) expect(readTags(text)).toBe(text);
  });
});

describe('a web page source through the pipeline', () => {
  it('should support an outline and indicators read from paragraphs in <p> tags on one line, positions in the source', async () => {
    const text = '<p><strong>一、主要目标</strong></p><p>到2025年，婴儿死亡率下降到4&permil;以下。</p><p>二、重点任务</p>';
    const plan = await extract(text);
    expect(plan.children.filter((c) => c.type === 'section').map((c) => c.type === 'section' && c.title)).toEqual(['主要目标', '重点任务']);
    const [rate] = plan.indicators;
    expect([rate?.metric, rate?.value, rate?.unit, rate?.year]).toEqual(['婴儿死亡率', 4, '‰', 2025]);
    expect(text.slice(rate?.position.start.offset, rate?.position.end.offset)).toBe(rate?.text);
  });
});
