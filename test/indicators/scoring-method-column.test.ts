// A scoring sheet (考核评分表: 考核指标 / 目标值 / 分值 / 评分办法) states its targets in the 目标值 column; its 评分办法 column says how
// a result becomes points and how it is checked (入户核查签约居民30户, 每低1个百分点扣1分): rules of the score, never a level the plan
// sets. Sentences and tables written for the test.
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const sheet = (method: string, rows: string[]) =>
  ['附件', '家庭医生签约服务考核评分表', `考核指标\t目标值\t分值\t${method}`, ...rows].join('\n') + '\n';
const units = (lines: string[]) => lines.map((l) => l.split('|').slice(1, 3).join('|'));

describe('the scoring-rule column of a scoring sheet', () => {
  it('should support leaving out the sample checked in a 评分办法 cell', async () => {
    const items = await documentItems(sheet('评分办法', ['签约率\t≥70%\t10\t入户核查签约居民30户，每低1个百分点扣1分', '满意度\t≥90%\t10\t随机抽查服务对象20人，不达标不得分']));
    expect(units(items)).toEqual(['70|%', '90|%']);
  });
  it('should support leaving out the cells of a 扣分标准 column', async () => {
    const items = await documentItems(sheet('扣分标准', ['规范管理率\t≥65%\t15\t现场抽查档案50份，每发现1份不合格扣0.5分', '随访率\t≥80%\t15\t电话回访患者40人，每低1个百分点扣1分']));
    expect(units(items)).toEqual(['65|%', '80|%']);
  });
  it('should not support dropping the 目标值 cells', async () => {
    const items = await documentItems(sheet('评分办法', ['续约率\t≥85%\t15\t每低1个百分点扣1分']));
    expect(units(items)).toEqual(['85|%']);
  });
  it('should not support dropping a target written in a 考核内容 column', async () => {
    const items = await documentItems(['附件', '重点工作考核表', '考核项目\t考核内容\t分值', '基层服务\t2027年底前建成社区医院3家\t10', '签约服务\t重点人群签约率达到75%以上\t10'].join('\n') + '\n');
    expect(units(items)).toEqual(['3|家', '75|%']);
  });
});
