// How 结核病/疾控 规划, 畜牧兽医 工作要点 and 工业和信息化 plans phrase (or only seem to phrase) targets; each probed with
// sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, names } from './helpers.js';

const PER_HEAD = '人均';
const PLAN_2026_2030 = { years: [2026, 2030] as [number, number], annual: false };
const valueUnit = (items: ReturnType<typeof indicators>): string[] => brief(items).map((b) => b.split('|').slice(1, 3).join('|'));

describe('发现, 治疗, 诊治 count the patients named between the verb and the number', () => {
  it('should support the patients found and treated that a 疾控 plan or review counts', () => {
    expect(valueUnit(indicators('五年累计发现并治疗肺结核患者8.7万例。', PLAN_2026_2030))).toEqual(['8.7|万例']);
    expect(brief(indicators('全年治疗耐药肺结核患者120例以上。', ANNUAL_2024))).toEqual(['耐药肺结核患者|120|例|>=|target|2024']);
    expect(valueUnit(indicators('全年诊治门诊患者5万人次。', ANNUAL_2024))).toEqual(['5|万人次']);
    expect(valueUnit(indicators('每年发现艾滋病感染者200例以上。', PLAN_2026_2030))).toEqual(['200|例']);
  });
  it('should support a second verb joined by 并 in the name of the object both verbs share', () => {
    expect(brief(indicators('全年发现并登记肺结核患者不少于180例。', ANNUAL_2024))).toEqual(['发现并登记肺结核患者|180|例|>=|target|2024']);
    expect(brief(indicators('新建并运营智慧停车场5个。', ANNUAL_2024))).toEqual(['新建并运营智慧停车场|5|个|=|target|2024']);
  });
  it('should not support a number right after the verb: a course of treatment, a count naming nothing found', () => {
    expect(brief(indicators('耐药肺结核患者治疗18个月。', PLAN_2026_2030))).toEqual([]);
    expect(brief(indicators('学校发现3例病例时立即报告，督导中发现2次漏报的及时整改。', PLAN_2026_2030))).toEqual([]);
    expect(brief(indicators('坚持早发现、早治疗，肺结核患者成功治疗率保持在90%以上。', PLAN_2026_2030))).toEqual(['肺结核患者成功治疗率|90|%|>=|target|']);
  });
});

describe('a bounded count of livestock before a noun (年出栏500头以上规模养殖场) names the class of farms counted', () => {
  it('should support the count of the farms, not the head count that classes them', () => {
    expect(brief(indicators('新增年出栏500头以上规模养殖场12家。', ANNUAL_2024))).toEqual(['年出栏500头以上规模养殖场|12|家|=|target|2024']);
    expect(valueUnit(indicators('培育存栏100头以上肉牛养殖场5个，新建年出栏1万羽以上蛋鸡场3个。', ANNUAL_2024))).toEqual(['5|个', '3|个']);
    expect(valueUnit(indicators('创建存栏300只以上湖羊标准化养殖场4家。', ANNUAL_2024))).toEqual(['4|家']);
  });
  it('should not support a class where the head count is the value: nothing or punctuation after the bound', () => {
    expect(brief(indicators('全年生猪出栏稳定在85万头以上，羊出栏12万只以上。', ANNUAL_2024))).toEqual([
      '生猪出栏|85|万头|>=|target|2024',
      '羊出栏|12|万只|>=|target|2024',
    ]);
    expect(valueUnit(indicators('新增家禽出栏200万羽以上。', ANNUAL_2024))).toEqual(['200|万羽']);
  });
});

describe('a share of teaching time (不超过教学总时长的30%) is bounded by the comparator before the total', () => {
  it('should support the bound of a time capped as a share of the timetable, the total no part of the name', () => {
    expect(brief(indicators('教学使用电子产品时长原则上不超过教学总时长的30%。', PLAN_2026_2030))).toEqual(['教学使用电子产品时长|30|%|<=|target|']);
    expect(brief(indicators('劳动教育课时不少于总课时的10%。', ANNUAL_2024))).toEqual(['劳动教育课时|10|%|>=|target|2024']);
  });
  it('should not support a share for a time with its own unit, nor a length that sets nothing', () => {
    expect(brief(indicators('中小学生每天校内体育活动时长不少于1小时。', ANNUAL_2024))).toEqual(['中小学生每天校内体育活动时长|1|小时|>=|target|2024']);
    expect(brief(indicators('每节课时长40分钟。', ANNUAL_2024))).toEqual([]);
  });
});

describe('an amount per head inside a 按照…的标准 frame is the per-head standard of the fund allotted after it', () => {
  it('should support the fund as the name (人均 + fund + 标准), the allotting verb and the population base left out', () => {
    expect(brief(indicators('各级财政按照常住人口每人每年不低于1元的标准安排结核病防治专项经费。', PLAN_2026_2030))).toEqual(['财政人均结核病防治专项经费标准|1|元|>=|target|']);
    expect(brief(indicators('按照每人每年不低于2元的标准落实严重精神障碍患者管理经费。', ANNUAL_2024))).toEqual(['人均严重精神障碍患者管理经费标准|2|元|>=|target|2024']);
    expect(brief(indicators('按每人每月不低于300元的标准发放护理补贴。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['人均护理补贴标准']);
  });
  it('should not support the frame when its inside is no per-head base or no fund is allotted after it', () => {
    const perHead = (text: string) => brief(indicators(text, PLAN_2026_2030)).map((b) => (b.split('|')[0] ?? '').includes(PER_HEAD));
    expect(perHead('按照每辆救护车每年不低于10万元的标准安排运行经费。')).toEqual([false]);
    expect(perHead('按照常住人口每人每年不低于1元的标准，将结核病防治经费纳入预算。')).toEqual([false]);
    expect(brief(indicators('新建小区按照100%的比例配建充电设施。', PLAN_2026_2030))).toEqual(['新建小区配建充电设施比例|100|%|=|target|']);
  });
});

describe('并 opening a noun (并网, 并购), no second verb', () => {
  it('should not support keeping the verb before a noun that opens with 并', () => {
    expect(names('新建并网光伏电站10座，新增并购重组企业3家。')).toEqual(['并网光伏电站|10|座', '并购重组企业|3|家']);
  });
});
