// How targets of blood-supply, hospital-service and urban-renewal plans are phrased: their units and list shapes, each
// probed with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, names } from './helpers.js';

describe('units of blood supply, hospital work and city networks', () => {
  it('should support blood collected in 单位 and 万单位', () => {
    expect(names('全市采血量达到4.5万单位，机采血小板采集量达到6000单位以上。')).toEqual([
      '采血量|4.5|万单位',
      '机采血小板采集量|6000|单位',
    ]);
  });
  it('should not support 单位 as the organisations counted by 个 or 家, nor after a Chinese numeral', () => {
    expect(names('组织30个单位开展团体献血，确定5家单位为示范点。')).not.toContain(expect.stringMatching(/\|单位$/));
    expect(indicators('各成员单位要按一单位一策要求落实。', ANNUAL_2024)).toEqual([]);
  });
  it('should support operations counted in 台次, not as 台', () => {
    expect(names('全年完成手术1800台次，其中四级手术不少于120台次。')).toEqual([
      '手术|1800|台次',
      '四级手术|120|台次',
    ]);
  });
  it('should support portions per person (人份), not as 人', () => {
    expect(brief(indicators('储备核酸检测试剂20万人份，新增造血干细胞捐献志愿者入库800人份。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual([
      '20|万人份',
      '800|人份',
    ]);
  });
  it('should support a network density in 公里/平方公里, not as 公里', () => {
    expect(names('中心城区道路网密度达到8公里/平方公里以上，建成区雨水管网密度提高到10.5公里/平方公里。')).toEqual([
      '中心城区道路网密度|8|公里/平方公里',
      '建成区雨水管网密度|10.5|公里/平方公里',
    ]);
  });
});

describe('a routine after a target of the list, in a clause of its own', () => {
  it('should not support a count under a recurrence period (每周, 每月) as the next object of the list', () => {
    expect(names('培训家庭医生不少于200名，县级专家每周下沉坐诊1次。')).toEqual(['培训家庭医生|200|名']);
    expect(names('选派骨干医师进修不少于6人次，上级医院专家每月查房2次。')).toEqual(['骨干医师进修|6|人次']);
  });
  it('should support the next object of the list written bare after a comma, as before', () => {
    expect(names('培训社区网格员300名，应急志愿者1200名。')).toEqual(['培训社区网格员|300|名', '培训应急志愿者|1200|名']);
  });
});

describe('subjects listed before 分别 and the act each does', () => {
  it('should support one value per subject, named by the subject and the act after the distributor', () => {
    expect(names('机关、学校和企业分别组织无偿献血活动不少于12场、8场和20场。')).toEqual([
      '机关组织无偿献血活动|12|场',
      '学校组织无偿献血活动|8|场',
      '企业组织无偿献血活动|20|场',
    ]);
    expect(names('县人民医院、县中医院分别开展巡回义诊不少于24次和12次。')).toEqual([
      '县人民医院开展巡回义诊|24|次',
      '县中医院开展巡回义诊|12|次',
    ]);
    // The shared tail of the subjects is completed as for metrics (市级 | 县级医院 → 市级医院).
    expect(names('市级、县级医院分别组建志愿服务队不少于6支和10支。')).toEqual([
      '市级医院组建志愿服务队|6|支',
      '县级医院组建志愿服务队|10|支',
    ]);
  });
  it('should not support the split where the values are fewer than the subjects', () => {
    expect(names('机关、学校和企业分别组织无偿献血活动不少于12场。').map((n) => n.split('|')[0])).not.toContain('机关组织无偿献血活动');
  });
  it('should support a distributor right before the predicate as before (the metrics listed)', () => {
    expect(names('门诊、住院患者满意度分别达到92%和95%。')).toEqual(['门诊患者满意度|92|%', '住院患者满意度|95|%']);
  });
});

describe('a bracket right after a count', () => {
  it('should support the parts the bracket gives the count, named by each part and the whole (as after 其中)', () => {
    expect(names('新增普惠托位600个（城区、乡镇各300个）。')).toEqual(['普惠托位|600|个', '城区普惠托位|300|个', '乡镇普惠托位|300|个']);
  });
  it('should not support the bracket as the noun counted: what is counted was named before the number', () => {
    expect(names('新建村级幼儿园5所（含改扩建），新增学位900个。')).toEqual(['村级幼儿园|5|所', '学位|900|个']);
    expect(names('培训全科医生120名（县级），新增签约团队30个。')).toEqual(['培训全科医生|120|名', '签约团队|30|个']);
  });
  it('should support a unit with its alternative in brackets as before (套（间）)', () => {
    expect(names('筹集保障性租赁住房2600套（间）以上。')).toEqual(['保障性租赁住房|2600|套（间）']);
  });
});

describe('people counted right before the act they take part in', () => {
  it('should support the count of those who take part, named by the act', () => {
    expect(names('全年3.6万人次参加无偿献血，新增献血志愿者400名。')).toEqual(['参加无偿献血|3.6|万人次', '献血志愿者|400|名']);
    expect(brief(indicators('2023年，全区共有2800人参与应急救护培训。', { years: [2024, 2024], annual: true }))).toEqual(['参与应急救护培训|2800|人|=|actual|2023']);
  });
  it('should not support the act as the name where a verb before the count engages the people', () => {
    expect(names('聘请社会监督员40名参与食品安全监督。')).toEqual(['社会监督员|40|名']);
  });
  it('should not support a stock of people with no act after it', () => {
    expect(indicators('全县共有乡村医生860人。', ANNUAL_2024)).toEqual([]);
  });
});
