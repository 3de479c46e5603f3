// How rules (办法, 细则, 规定) write conditions, and how plans set yearly amounts: a bounded value in a 的-phrase closed by a comma
// (…3人以上的，应当报告) states the condition a duty applies under; a length of service after 满 before 的 (工作满5年的医生) says who
// a measure is for; a sentence that opens with 每年 sets an amount for every year, not for the deadline of the sentence before.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { brief, indicators, names } from './helpers.js';

describe('a bounded value closed by 的 and a comma (…达到3人以上的，应当…)', () => {
  it('should not support the condition of a duty as a target', () => {
    expect(names('一次食物中毒人数达到30人以上的，医疗机构应当在2小时内报告。')).toEqual([]);
    expect(names('违法所得在10万元以上的，依法从重处罚。')).toEqual([]);
    expect(names('药品抽检不合格批次超过3批以上的，责令暂停销售。')).toEqual([]);
  });
  it('should support a bounded value before 的 and a noun, and a target after the condition', () => {
    expect(names('全市卫生院标准化建设达标率达到90%以上，服务人口超过5万人的卫生院配备救护车。').slice(0, 1)).toEqual(['卫生院标准化建设达标率|90|%']);
    expect(names('发生较大以上事故的，约谈负责人；全年培训安全管理人员不少于800人。')).toEqual(['培训安全管理人员|800|人']);
  });
});

describe('a length of service after 满 / 不满 and before 的 (连续工作满5年的医生)', () => {
  it('should not support the term someone has served as a target', () => {
    expect(names('在村卫生室连续执业满10年的乡村医生，优先纳入编制管理。')).toEqual([]);
    expect(names('参加工作不满3年的新入职护士，须完成规范化培训。')).toEqual([]);
    expect(names('在基层服务满6个月的规培医师，可申请转岗。')).toEqual([]);
  });
  it('should support an age after 年满 and a bounded length that is a target', () => {
    expect(brief(indicators('为年满65周岁的老年人免费开展健康体检。')).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['65|周岁']);
    expect(names('全年新招录医学毕业生服务期不少于5年。')).toEqual(['新招录医学毕业生服务期|5|年']);
  });
});

describe('a sentence that opens with a yearly cadence (每年…) after a deadline sentence', () => {
  it('should not support carrying the deadline year into a yearly amount of a multi-year plan', () => {
    expect(brief(indicators('到2030年，全市新增全科医生300名。每年选派不少于50名乡村医生到县级医院进修。')).map((b) => b.split('|').slice(1).join('|'))).toEqual([
      '300|名|=|target|2030',
      '50|名|>=|target|',
    ]);
    expect(brief(indicators('到2028年，建成急救站点20个。市财政每年安排急救专项经费不低于800万元。')).map((b) => b.split('|').slice(1).join('|'))).toEqual([
      '20|个|=|target|2028',
      '800|万元|>=|target|',
    ]);
  });
  it('should support the year of a sentence that names its own date, and the carried year without 每年', () => {
    expect(brief(indicators('到2028年，建成急救站点20个。到2030年每年培训社会急救员不少于2万人。')).map((b) => b.split('|').slice(1).join('|'))).toEqual([
      '20|个|=|target|2028',
      '2|万人|>=|target|2030',
    ]);
    expect(brief(indicators('到2030年，全市新增全科医生300名。基层医疗卫生机构全科医生占比达到50%。')).map((b) => b.split('|').slice(1).join('|'))).toEqual([
      '300|名|=|target|2030',
      '50|%|=|target|2030',
    ]);
  });
});

// A count of an event (1次心理健康评估, 2次督导检查) is named by the event in full in its own clause: the next clause, opened by a
// comma, is no modifier of it, even where that clause holds a 的 and a counted head (对…发现的高风险人员).
describe('the name of a counted event followed by a clause with 的 (开展1次心理健康评估，对评估发现的高风险人员…)', () => {
  it('should support the event as the name of its count', () => {
    expect(names('每年为辖区80岁以上空巢老人开展1次认知功能评估，对评估发现的高危人员及时转诊。')).toEqual(['认知功能评估|1|次']);
    expect(names('每年为辖区80岁以上空巢老人开展1次认知功能评估，对评估发现的疑似患者及时转诊。')).toEqual(['认知功能评估|1|次']);
  });
  it('should not support cutting a counted noun whose modifiers run on after a comma before 的', () => {
    expect(names('建成2个设施设备齐全,服务流程合理的健康管理中心。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['2|个']);
    expect(names('建成2个设施设备齐全,服务流程合理的健康管理中心。')[0]).toContain('健康管理中心');
  });
});
