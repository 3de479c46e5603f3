// How a 目标（管理）责任书 words its assessment: grade bands of points named by the grade after 为 with no 的 (75分以上不满90分为良好),
// and the reward a grade earns, paid as a sum after a reward verb (奖励工作经费3万元): neither is a target the agreement sets.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'agreement.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

const agreement = (...lines: string[]) => ['某县2027年度安全生产目标管理责任书', '甲方：某县人民政府', '乙方：某镇人民政府', ...lines].join('\n');

describe('indicators: the scoring of a 目标责任书', () => {
  it('should not support the edges of grade bands written with 为 and no 的 as items', async () => {
    expect(await items(agreement('四、考核等次', '考核得分85分以上为优秀，70分以上不满85分为良好，低于60分为不合格。'))).toEqual([]);
  });

  it('should support a score the agreement sets as a level to reach', async () => {
    expect(await items(agreement('二、责任目标', '群众安全感测评得分达到92分以上。'))).toEqual([['群众安全感测评得分', 92, '分', '>=']]);
  });

  it('should not support the sum a grade earns after a reward verb (奖励工作经费5万元) as a target', async () => {
    expect(await items(agreement('五、奖惩', '考核优秀的，奖励工作经费5万元；良好的奖励资金2万元。'))).toEqual([]);
  });

  it('should support funds obtained or arranged with a reward word inside their name', async () => {
    expect(await items(agreement('二、责任目标', '年内争取上级补助资金800万元。'))).toEqual([['上级补助资金', 800, '万元', '=']]);
  });
});
