// People counted and then sent somewhere (选派骨干医师不少于8名到省级医院进修, 组织乡村医生20名前往县医院跟岗学习): the trip word
// right after the count opens the place they go to, not the noun the count counts; the people were named before the number.
// The counterpart of dispatch-destination-name.test.ts, where the count stands before the people. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const names = async (...lines: string[]) =>
  (await extract(['某县2027年卫生健康工作要点', '一、加强人才队伍建设', ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: a trip word right after a count of people (…N名到/赴/前往…)', () => {
  it('should support the people named before the count, not the place after it', async () => {
    expect(await names('每年选派儿科骨干医师不少于8名到省儿童医院进修。')).toEqual([['儿科骨干医师', 8, '名']]);
    expect(await names('组织乡村医生20名前往县人民医院跟岗学习，新建村卫生室3个。')).toEqual([
      ['乡村医生', 20, '名'],
      ['村卫生室', 3, '个'],
    ]);
    expect(await names('新招聘医学毕业生18名到乡镇卫生院工作。')).toEqual([['医学毕业生', 18, '名']]);
  });

  it('should not support a change where the count stands before the people and the trip (named with the errand, as before)', async () => {
    expect(await names('选派8名护理骨干赴省级医院进修。')).toEqual([['护理骨干赴省级医院进修', 8, '名']]);
    expect(await names('建成3个中医馆服务中心，覆盖到全部乡镇。')).toEqual([['中医馆服务中心', 3, '个']]);
  });
});
