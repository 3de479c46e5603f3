// The contact each unit names for a task's reporting (各乡镇确定1名联络员, 明确1名信息员, 指定1名联系人): the 工作要求 of a document
// arranging who reports, an administrative step and no count to reach (grammar liaisonRoles; the set's 明确1名…联络员, dev's
// 指定1名联络员). With a bound word, or with no verb of naming right before the count (新增…信息员120名), the staffing of such a role is a
// target. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names, ANNUAL_2024 } from './helpers.js';

describe('indicators: a liaison or contact each unit names (确定1名联络员)', () => {
  it('should support the naming of a liaison or an information officer as no indicator', () => {
    expect(names('各街道确定1名联络员，于每月3日前报送上月工作进展。', ANNUAL_2024)).toEqual([]);
    expect(names('各成员单位确定1名信息员，负责专项行动信息报送。', ANNUAL_2024)).toEqual([]);
  });
  it('should not support a bounded staffing of such a role, or another count of people, as no indicator', () => {
    expect(names('每个行政村至少确定2名信息员。', ANNUAL_2024)).toEqual(['信息员|2|名']);
    expect(names('全年确定家庭医生签约服务骨干120名。', ANNUAL_2024).map((b) => b.split('|').slice(1).join('|'))).toEqual(['120|名']);
    // a workforce of such a role grown by the plan (g163's 新增乡镇气象信息员120名): no verb of naming before the count
    expect(names('新增村级防灾信息员300名。', ANNUAL_2024).map((b) => b.split('|').slice(1).join('|'))).toEqual(['300|名']);
  });
});
