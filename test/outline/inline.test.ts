// Inline enumerations: 一是…二是…, 一要…二要….
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { outline } from './outline-helpers.js';
import { inlineCandidates } from '../../src/outline/inline.js';
import type { OutlineGrammar, Scheme } from '../../src/grammar/outline.js';
import { grammars } from '../grammar-helpers.js';

describe('inline items', () => {
  it('should support 一是…二是… after a heading, as children of that heading', async () => {
    expect(await outline('1. 加强储备。一是完善机制。二是落实储备。\n')).toEqual(['1. 加强储备', '  一是 完善机制', '  二是 落实储备']);
  });

  it('should support 一要…二要…', async () => {
    expect(await outline('(三)抓质量。一要加强管理,提高水平。二要加强监管。\n')).toEqual([
      '(三) 抓质量',
      '  一要 加强管理,提高水平',
      '  二要 加强监管',
    ]);
  });

  it('should support an item whose 。 before 二是 was lost', async () => {
    expect(await outline('8. 打造体系。一是依托市级医院,提供优质的医疗服务二是继续推进能力提升。\n')).toEqual([
      '8. 打造体系',
      '  一是 依托市级医院,提供优质的医疗服务',
      '  二是 继续推进能力提升',
    ]);
  });

  it('should support a next item whose 。 was lost after a word ending in 一 (…结构单一三是…)', async () => {
    expect(await outline('二、短板弱项\n一是园区配套不全；二是乡镇产业结构单一三是人才储备不足。\n')).toEqual([
      '二、 短板弱项',
      '  一是 园区配套不全',
      '  二是 乡镇产业结构单一',
      '  三是 人才储备不足',
    ]);
  });

  it('should not support the tail of a numeral that reads as one number (十三是) as the next item', async () => {
    expect(await outline('二、短板弱项\n一是园区配套不全；二是综合排名列全市第十三是明显短板。\n')).toEqual([
      '二、 短板弱项',
      '  一是 园区配套不全',
      '  二是 综合排名列全市第十三是明显短板',
    ]);
  });

  it('should support a heading run straight into its first item when the next item stands after a stop (…机制一是…；二是…)', async () => {
    expect(await outline('一、夯实基础\n3.健全供水保障机制一是开展水源地巡查；二是完善应急调度预案。\n4.强化监管。\n')).toEqual([
      '一、 夯实基础',
      '  3. 健全供水保障机制',
      '    一是 开展水源地巡查',
      '    二是 完善应急调度预案',
      '  4. 强化监管',
    ]);
  });

  it('should not support a first item right after a heading\'s words that no stop before the next item confirms', async () => {
    expect(await outline('一、夯实基础\n3.健全供水保障机制一是开展水源地巡查二是完善应急调度预案。\n4.强化监管。\n')).toEqual([
      '一、 夯实基础',
      '  3. 健全供水保障机制一是开展水源地巡查二是完善应急调度预案',
      '  4. 强化监管',
    ]);
  });

  it('should not support the 一 of a word (标准统一是…) as a first item run on from a heading', async () => {
    expect(await outline('一、夯实基础\n3.坚持标准统一是基础；二是指标口径一致。\n4.强化监管。\n')).toEqual(['一、 夯实基础', '  3. 坚持标准统一是基础', '  4. 强化监管']);
  });

  it('should support an item\'s title cut where its body opens when its siblings are headings closed by 。 (…汛期巡查|开展…)', async () => {
    expect(await outline('二、水利建设\n一是抓好防汛备汛。汛前完成水库安全鉴定。二是强化汛期巡查开展河道清障行动，清理阻水障碍物50处。\n')).toEqual([
      '二、 水利建设',
      '  一是 抓好防汛备汛',
      '  二是 强化汛期巡查',
    ]);
    expect(await outline('二、水利建设\n全年抓好两件事：一是抓好防汛备汛。汛前完成水库安全鉴定。二是强化汛期巡查开展河道清障行动，清理阻水障碍物50处。\n')).toEqual([
      '二、 水利建设',
      '  一是 抓好防汛备汛',
      '  二是 强化汛期巡查',
    ]);
  });

  it('should not support cutting an item\'s sentence where its siblings are sentences, not headings before a body', async () => {
    expect(await outline('二、水利建设\n一是汛前完成水库安全鉴定，鉴定率100%；二是强化汛期巡查开展河道清障行动，清理阻水障碍物50处。\n')).toEqual([
      '二、 水利建设',
      '  一是 汛前完成水库安全鉴定，鉴定率100%',
      '  二是 强化汛期巡查开展河道清障行动，清理阻水障碍物50处',
    ]);
  });

  it('should not support cutting an item that opens with its subject, a sentence of its own, where its siblings are headings', async () => {
    expect(await outline('二、水利建设\n一是抓好防汛备汛。汛前完成水库安全鉴定。二是乡镇水利员队伍开展汛期巡查每周不少于1次。三是强化河道清障。清理阻水障碍物50处。\n')).toEqual([
      '二、 水利建设',
      '  一是 抓好防汛备汛',
      '  二是 乡镇水利员队伍开展汛期巡查每周不少于1次',
      '  三是 强化河道清障',
    ]);
  });

  it('should support inline items in an unnumbered paragraph, under the current section', async () => {
    expect(await outline('一、任务\n要做到:一是早发现;二是早报告。\n')).toEqual(['一、 任务', '  一是 早发现', '  二是 早报告']);
  });

  it('should support an item\'s whole sentence as its title across a noun led by 重点 and an adverbial of 按照…要求', async () => {
    expect(await outline('（三）补齐民生短板\n一是推动卫生院提质扩能，家庭医生签约服务重点人群签约率达到85%；二是按照统一要求推进农村厕所问题摸排整改，卫生厕所普及率提高到98%。\n')).toEqual([
      '（三） 补齐民生短板',
      '  一是 推动卫生院提质扩能，家庭医生签约服务重点人群签约率达到85%',
      '  二是 按照统一要求推进农村厕所问题摸排整改，卫生厕所普及率提高到98%',
    ]);
  });

  it('should not support a noun led by 重点 that a duty word follows as part of the title: it is the body\'s subject', async () => {
    expect(await outline('（一）强化安全监管重点行业企业要全面落实主体责任，定期开展隐患排查。\n')).toEqual(['（一） 强化安全监管']);
  });

  it('should support 新增 after a heading word as the start of an item\'s body (…能力|新增检测项目20项), not inside 新增长极', async () => {
    expect(await outline('（二）夯实基础\n一是提升应急处置能力新增救援队伍3支，队伍覆盖率达到100%；二是培育经济发展新增长极和新动能，服务业增加值增长6%。\n')).toEqual([
      '（二） 夯实基础',
      '  一是 提升应急处置能力',
      '  二是 培育经济发展新增长极和新动能，服务业增加值增长6%',
    ]);
  });

  it('should not support an adverbial of 按照 keeping a later run-on in its clause (…整改工作|加强…)', async () => {
    expect(await outline('一是按照统一要求推进农村厕所整改工作加强村医队伍建设；二是完善机制。\n')).toEqual(['一是 按照统一要求推进农村厕所整改工作', '二是 完善机制']);
  });

  it('should not support a heading word followed by 重点 as an adverb as one title (its body starts there)', async () => {
    expect(await outline('一是强化安全监管重点抓好危化品和燃气领域隐患排查；二是完善机制。\n')).toEqual(['一是 强化安全监管', '二是 完善机制']);
  });

  it('should not support 一要 inside a word (统一要求)', async () => {
    expect(await outline('1. 统筹开展。按照统一要求,二要素齐全。\n')).toEqual(['1. 统筹开展']);
  });

  it('should not support a lone 一是 that starts no sequence', async () => {
    expect(await outline('1. 统筹开展。其一是关键。\n')).toEqual(['1. 统筹开展']);
  });

  it('should not support a 二是 with no 一是 before it', async () => {
    expect(await outline('1. 推进工作。二是指第二项。\n')).toEqual(['1. 推进工作']);
  });
});

describe('一是 starting a line', () => {
  it('should support 一是 as an ordinary heading, with its siblings on the same line', async () => {
    const text = '一、主要任务\n一是加强基层建设。推进标准化建设。二是完善服务体系。健全分级诊疗制度。\n三是提升服务能力。加强人才培养。\n二、保障措施\n';
    expect(await outline(text)).toEqual(['一、 主要任务', '  一是 加强基层建设', '  二是 完善服务体系', '  三是 提升服务能力', '二、 保障措施']);
  });

  it('should support 一是 at two levels: line-initial headings holding inline items', async () => {
    const text = '一是加强基层建设。重点做好三件事，一是建立机制，二是壮大队伍，三是优化服务。\n二是完善服务体系。\n';
    expect(await outline(text)).toEqual(['一是 加强基层建设', '  一是 建立机制', '  二是 壮大队伍', '  三是 优化服务', '二是 完善服务体系']);
  });

  it('should not support marking a line-initial 一是 as inline', async () => {
    const plan = await extract('一是加强基层建设。\n二是完善服务体系。\n');
    expect(plan.children.filter((c) => c.type === 'section').map((c) => c.type === 'section' && c.inline)).toEqual([false, false]);
  });
});

describe('inline candidates: the schemes searched together first', () => {
  it('should support markers of every inline scheme, in text order', () => {
    const found = inlineCandidates('统筹安排。一是完善机制；二要落实责任；三是加强考核。', grammars().outline);
    expect(found.map((m) => [m.marker, m.ordinal])).toEqual([
      ['一是', 1],
      ['二要', 2],
      ['三是', 3],
    ]);
  });

  it('should support a word that looks like a marker (统一要求) as a candidate: the runs rule it out later', () => {
    expect(inlineCandidates('统一要求，各项工作有序推进。', grammars().outline).map((m) => m.marker)).toEqual(['一要']);
  });

  it('should not support a paragraph without any inline marker', () => {
    expect(inlineCandidates('各项工作有序推进。', grammars().outline)).toEqual([]);
  });

  it('should support schemes that refer to a group (not joined), each searched on its own', () => {
    const shipped = grammars().outline;
    const [shi] = shipped.inlineSchemes as [Scheme];
    const twice: Scheme = { ...shi, id: 'inline-twice', pattern: /(?<marker>(?<num>[一二三])(?<w>要)\k<w>)/uy, find: /(?<marker>(?<num>[一二三])(?<w>要)\k<w>)/gu };
    const grammar: OutlineGrammar = { ...shipped, inlineSchemes: [shi, twice] };
    expect(inlineCandidates('一是甲，二要要乙', grammar).map((m) => [m.scheme.id, m.marker])).toEqual([
      ['inline-shi', '一是'],
      ['inline-twice', '二要要'],
    ]);
  });
});
