// People sent somewhere to do something (选派N名骨干到上级医院进修, 派N名医师赴对口医院挂职): the count is of people sent on that
// errand, named with where they go and what for, as the set's gold names them (选派中医骨干到省级中医医院进修) and as the tool
// already names the same errand when the count follows it (医务人员到…医院进修4人次). The destination's place word (医院, 机构,
// 中心) is no head to end the name at: the name would stop at a dangling 到…医院. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const names = async (...lines: string[]) =>
  (await extract(['某县2027年卫生健康工作要点', '一、加强人才队伍建设', ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: people sent to a place on an errand (到/赴/前往 … 进修)', () => {
  it('should support the errand after the destination in the name of the people counted', async () => {
    expect(await names('每年选派15名乡村医生到县人民医院进修学习。')).toEqual([['乡村医生到县人民医院进修学习', 15, '名']]);
    expect(await names('选派8名护理骨干赴省级医院进修。')).toEqual([['护理骨干赴省级医院进修', 8, '名']]);
  });

  it('should support a bound before the count and an errand of work at a health centre', async () => {
    expect(await names('选派不少于6名年轻医师前往乡镇卫生院挂职锻炼。')).toEqual([['年轻医师前往乡镇卫生院挂职锻炼', 6, '名']]);
  });

  it('should support an errand followed by its length, which is no part of the name', async () => {
    expect(await names('每年选派12名儿科医师到市儿童医院跟岗学习6个月。')).toEqual([['儿科医师到市儿童医院跟岗学习', 12, '名']]);
  });

  it('should not support the errand when the destination is followed by no errand', async () => {
    // No verb of what they go to do: the place is where the count stops, as before.
    expect(await names('新招聘18名医学毕业生到乡镇卫生院。')).toEqual([['医学毕业生到乡镇卫生院', 18, '名']]);
    // A count of places, not people sent anywhere.
    expect(await names('建成3个中医馆服务中心，覆盖到全部乡镇。')).toEqual([['中医馆服务中心', 3, '个']]);
  });
});
