// Inline enumerations opened by the ordinal adverb 第一，…第二，…第三，… (official writing's other form of 一是…二是…),
// and titles that run through a ratio's colon (2.6:1).
import { describe, expect, it } from 'vitest';
import { outline } from './outline-helpers.js';

describe('inline items opened by 第一，第二，', () => {
  it('should support 第一，…第二，…第三，… in a paragraph, as children of its heading', async () => {
    expect(
      await outline('（二）壮大林下经济\n立足资源禀赋，分类施策。第一，发展林菌种植。新建食用菌基地3个。第二，推广林禽养殖。第三，培育森林康养。\n'),
    ).toEqual(['（二） 壮大林下经济', '  第一 发展林菌种植', '  第二 推广林禽养殖', '  第三 培育森林康养']);
  });

  it('should support 第一， after a lead ending in a colon, with items parted by ；', async () => {
    expect(await outline('三、工作要求\n要把握好三点：第一，压实属地责任；第二，强化部门协同；第三，严格考核问效。\n')).toEqual([
      '三、 工作要求',
      '  第一 压实属地责任',
      '  第二 强化部门协同',
      '  第三 严格考核问效',
    ]);
  });

  it('should support 第一，… at the start of an answer under no heading', async () => {
    expect(await outline('问：方案有哪些亮点？\n答：第一，目标更加具体；第二，措施更加精准。\n')).toEqual(['第一 目标更加具体', '第二 措施更加精准']);
  });

  it('should not support 第一 inside a word (第一责任人, 第一书记, 第一批)', async () => {
    expect(
      await outline('一、组织保障\n党政主要负责同志是第一责任人，第二批驻村第一书记全部到岗，第一批试点已完成。\n'),
    ).toEqual(['一、 组织保障']);
  });

  it('should not support a rank in a sentence (全省第一，…第二，) whose 第一 stands at no clause boundary', async () => {
    expect(await outline('一、发展成效\n全县茶叶产量位居全省第一，出口额位列第二，增速领先。\n')).toEqual(['一、 发展成效']);
  });

  it('should not support a lone 第一， inside a paragraph with no 第二 after it', async () => {
    expect(await outline('一、总体要求\n现将有关事项说明如下。第一，要提高政治站位，把各项任务落到实处。\n')).toEqual(['一、 总体要求']);
  });

  it('should support paragraphs that each open with 第一，第二， (a speech\'s or an answer\'s points), as 一是 heading lines are', async () => {
    expect(await outline('一、总体要求\n第一，要提高站位，统一思想。\n第二，要压实责任，形成合力。\n')).toEqual([
      '一、 总体要求',
      '  第一 要提高站位，统一思想',
      '  第二 要压实责任，形成合力',
    ]);
  });
});

describe('titles through a colon between digits', () => {
  it('should support a ratio 2.6:1 inside an inline item\'s title', async () => {
    expect(await outline('（一）提升加工水平\n一是加工产值与农业产值之比达到2.4:1，转化率达到75%；二是培育龙头企业。\n')).toEqual([
      '（一） 提升加工水平',
      '  一是 加工产值与农业产值之比达到2.4:1，转化率达到75%',
      '  二是 培育龙头企业',
    ]);
  });

  it('should support a full-width ratio colon (生师比13：1) inside a heading\'s title', async () => {
    expect(await outline('一、主要目标\n1.初中生师比保持在13：1以内\n2.小学生师比保持在17：1以内\n')).toEqual([
      '一、 主要目标',
      '  1. 初中生师比保持在13：1以内',
      '  2. 小学生师比保持在17：1以内',
    ]);
  });

  it('should not support a colon after words (目标：) as part of the title', async () => {
    expect(await outline('一、总体要求\n1.工作目标：到2027年，覆盖率达到90%。\n2.基本原则：统筹推进。\n')).toEqual([
      '一、 总体要求',
      '  1. 工作目标',
      '  2. 基本原则',
    ]);
  });
});
