// A leader's speech at a 工作会议 numbers its points 第一，第二， at the start of paragraphs (under the speech's 一、 parts),
// where a written plan has （一）（二）: they are the speech's outline, restarting in each part. A plan that counts a task's
// points so puts them under the task's （一）.
import { describe, expect, it } from 'vitest';
import { outline } from './outline-helpers.js';

const SPEECH = [
  '在全县农业农村工作会议上的讲话',
  '某县人民政府副县长　张某',
  '同志们：',
  '　　今天召开全县农业农村工作会议。下面，我讲两点意见。',
  '一、回顾过去，充分肯定去年取得的成绩',
  '　　第一，粮食生产再获丰收。全县粮食总产量达到42万吨。',
  '　　第二，农民收入稳步增长。农村居民人均可支配收入增长7.1%。',
  '二、突出重点，抓好今年各项工作',
  '　　第一，要稳住粮食生产。全年粮食播种面积稳定在95万亩以上。',
  '　　第二、要抓好乡村建设。新建改建农村公路60公里。',
  '　　第三，要深化农村改革。',
  '　　同志们，任务艰巨，使命光荣。',
].join('\n');

describe('outline: the 第一，第二， points of a speech', () => {
  it('should support 第一，/第二、 opening paragraphs as numbered points under each part, restarting in each', async () => {
    expect(await outline(SPEECH)).toEqual([
      '一、 回顾过去，充分肯定去年取得的成绩',
      '  第一 粮食生产再获丰收',
      '  第二 农民收入稳步增长',
      '二、 突出重点，抓好今年各项工作',
      '  第一 要稳住粮食生产',
      '  第二 要抓好乡村建设',
      '  第三 要深化农村改革',
    ]);
  });

  it('should support 第一， points of a speech with no numbered parts above them', async () => {
    expect(await outline(['同志们：', '第一，提高政治站位。这是做好工作的前提。', '第二，压实工作责任。各乡镇要主动作为。'].join('\n'))).toEqual([
      '第一 提高政治站位',
      '第二 压实工作责任',
    ]);
  });

  it('should support 第一，/第二， opening a paragraph under a （一） whose title ends in 。 as its points, not its siblings', async () => {
    // Outside GB/T 9704's levels (grammar ordinal-di nests), they open below the section they stand in, as 一是 does.
    const plan = ['某县2027年文化工作要点', '一、重点任务', '（一）繁荣群众文化。', '第一，办好村晚活动；第二，建设乡村书屋。',
      '（二）保护文化遗产。', '1.开展文物普查。', '（三）发展文化产业。', '第一，培育市场主体。', '第二，办好文化节会。', '二、保障措施'].join('\n');
    expect(await outline(plan)).toEqual([
      '一、 重点任务',
      '  （一） 繁荣群众文化',
      '    第一 办好村晚活动',
      '    第二 建设乡村书屋',
      '  （二） 保护文化遗产',
      '    1. 开展文物普查',
      '  （三） 发展文化产业',
      '    第一 培育市场主体',
      '    第二 办好文化节会',
      '二、 保障措施',
    ]);
  });

  it('should not support 第一，…；第二，… inside a sentence as the speech\'s points (they are inline items, scheme inline-di), nor 第一、二批 naming batches', async () => {
    expect(await outline(['一、主要工作', '　　全县要做到两条：第一，守住底线；第二，稳住大局。', '二、工作安排', '　　第一、二批试点村要在6月底前完成验收。'].join('\n'))).toEqual([
      '一、 主要工作',
      '  第一 守住底线',
      '  第二 稳住大局',
      '二、 工作安排',
    ]);
  });

  it('should not support a rank after the word it ranks in (位居全省第一，) as a point', async () => {
    expect(await outline(['一、发展成效', '　　全市粮食产量位居全省第一，增速排名第二，质量稳步提升。'].join('\n'))).toEqual(['一、 发展成效']);
  });
});
