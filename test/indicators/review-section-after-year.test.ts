// A review section that names no year (二、存在的问题, 二、主要问题) right after a review section that names one (一、2026年工作总结)
// goes on looking back on that year: the levels it laments are where the reviewed year ended, actual of that year. A section
// of the next year's work sets targets again, and a review section after no dated one keeps no year. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'summary.txt' })).indicators.map((i) => [i.metric, i.value, i.kind, i.year]);

describe('indicators: a problems section right after a dated review', () => {
  it('should support the reviewed year for a level named among the problems', async () => {
    const text = ['某县民政局2026年工作总结和2027年工作计划', '一、2026年工作总结', '（一）养老服务提质。新建社区养老服务站6个。',
      '二、存在的问题', '一是护理人员不足，养老机构护理员中50岁以上的占比达到63%。', '三、2027年工作计划', '（一）新建社区养老服务站8个。'].join('\n');
    expect(await items(text)).toEqual([
      ['社区养老服务站', 6, 'actual', 2026],
      ['养老机构护理员中50岁以上的占比', 63, 'actual', 2026],
      ['社区养老服务站', 8, 'target', 2027],
    ]);
  });

  it('should not support a year for a problems section after a review that names none', async () => {
    const text = ['某县“十五五”卫生健康规划', '一、发展基础', '（一）主要成效。建成紧密型医共体3个。', '二、存在的问题',
      '基层医疗机构床位使用率仅为42%。', '三、发展目标', '到2030年，县域内就诊率达到92%以上。'].join('\n');
    const years = (await items(text)).filter((i) => i[2] === 'actual').map((i) => i[3]);
    expect(years).toEqual([null, null]);
  });
});
