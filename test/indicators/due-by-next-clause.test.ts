// A count of works dated by the deadline of the clause right after it (建设…中心1个，2027年9月底前投入使用): plans write what is to be
// built and then, in a clause of its own, when it is to be put into service; the deadline dates the count as it would written before
// it (grammar deliveryVerbs, extract.ts dueByNextClause). Not when that clause has a target of its own, nor when no verb of putting
// into service follows the deadline. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县社区服务设施建设实施方案（2027—2029年）\n一、重点任务\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.year]);

describe('indicators: a count dated by the deadline after it', () => {
  it('should support a deadline of putting the counted works into service', async () => {
    expect(await read('在城区新建社区养老服务中心2个，2028年6月底前投入使用。')).toEqual([['社区养老服务中心', 2, 2028]]);
    expect(await read('改扩建乡镇卫生院发热门诊5个，2027年底前全部建成。')).toEqual([['乡镇卫生院发热门诊', 5, 2027]]);
  });

  it('should not support a deadline that governs a target of its own or opens no delivery', async () => {
    expect((await read('在城区新建社区养老服务中心2个，2028年6月底前养老机构护理型床位占比达到60%。'))[0]).toEqual(['社区养老服务中心', 2, null]);
    expect(await read('在城区新建社区养老服务中心2个，2028年6月底前开展专项评估。')).toEqual([['社区养老服务中心', 2, null]]);
  });
});
