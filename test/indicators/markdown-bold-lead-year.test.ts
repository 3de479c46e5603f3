// A Markdown item whose bold lead sentence closes with its 。 inside the emphasis (**扩充护理队伍。** 2023年全市…): the sentence after
// the closing ** opens with its year, as it does in plain text (扩充护理队伍。2023年全市…), so the year dates every clause of that
// sentence and is no part of the first metric's name. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';

describe('a year opening the sentence after a bold lead', () => {
  it('should support the year of a sentence after a closing ** for every clause of it', () => {
    expect(brief(indicators('3. **扩充护理队伍。** 2023年全市招录护理人员不少于300名，护士执业注册率达到98%。'))).toEqual([
      '招录护理人员|300|名|>=|target|2023',
      '护士执业注册率|98|%|=|target|2023',
    ]);
  });
  it('should support a year with a comma after a bold lead', () => {
    expect(brief(indicators('- **完善急救网络。** 2024年，全县新建急救站点4个，急救呼叫满足率达到95%以上。'))).toEqual([
      '急救站点|4|个|=|target|2024',
      '急救呼叫满足率|95|%|>=|target|2024',
    ]);
  });
  it('should not support a year that a later clause names for the clause before it', () => {
    // (A deadline of putting the counted works into service, …6个，2023年底前全部投入使用, does date the count: due-by-next-clause.)
    expect(brief(indicators('2. **稳步推进建设。** 全区新建健康驿站6个，2023年底前驿站服务覆盖率达到90%。'))[0]).toEqual(
      '健康驿站|6|个|=|target|',
    );
  });
});
