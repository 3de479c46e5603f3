// How 乡村振兴 衔接资金 项目计划 and 就业创业 工作要点 phrase (or only seem to phrase) targets; each probed with sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, names } from './helpers.js';

const valueUnit = (items: ReturnType<typeof indicators>): string[] => brief(items).map((b) => b.split('|').slice(1, 3).join('|'));

describe('a bounded count of households before a noun (25户以上自然村) names the class of places, as 人 and 头 do', () => {
  it('should support the length or count of the works, not the household size that classes the villages', () => {
    expect(valueUnit(indicators('实施30户以上自然村通硬化路85公里。', ANNUAL_2024))).toEqual(['85|公里']);
    expect(valueUnit(indicators('完成20户以上的较大人口规模自然村（组）道路硬化12个。', ANNUAL_2024))).toEqual(['12|个']);
  });
  it('should not support a class where the households are the value: nothing or punctuation after the bound', () => {
    expect(brief(indicators('全年带动脱贫户增收1200户以上。', ANNUAL_2024))).toEqual(['带动脱贫户增收|1200|户|>=|target|2024']);
    expect(valueUnit(indicators('完成农村危房改造300户以上，改造农户厕所2000户。', ANNUAL_2024))).toEqual(['300|户', '2000|户']);
  });
});

describe('a count of the divisions a measure covers, all of the territory (覆盖全县19个乡镇, 实现13个街道全覆盖), is a fact of it', () => {
  it('should not support the count after 覆盖全县/全市, the kinds listed with it, or the count before 全覆盖 closing its clause', () => {
    expect(brief(indicators('衔接资金项目覆盖全县18个乡（镇）、52个脱贫村。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('网格化监测覆盖全市7个县区96个乡镇（街道）。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('远程心电诊断覆盖全县15家乡镇卫生院和186个村卫生室。', ANNUAL_2024))).toEqual([]);
  });
  it('should support after 覆盖全市 a count of firms or schools, which no division has one of, as a target', () => {
    expect(brief(indicators('企业上云服务覆盖全市300家规上工业企业。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual(['规上工业企业|300|家']);
    expect(brief(indicators('网格化监测覆盖全区6个街道。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('网格化监测覆盖全区6个街道52个社区，新建监测站点30个。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual(['监测站点|30|个']);
    expect(brief(indicators('推动村级综合服务站覆盖全市326个行政村。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('农村快递服务点覆盖全区11个镇街。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('年内实现9个街道全覆盖，新建零工市场3个。', ANNUAL_2024))).toEqual(['零工市场|3|个|=|target|2024']);
  });
  it('should not support the count after 覆盖全县 when 的 makes the divisions a modifier of the thing that covers them (…乡镇的服务网络)', () => {
    expect(brief(indicators('建成覆盖全县16个乡镇（街道）的“15分钟”养老服务网络。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('覆盖全市9个县区的冷链物流体系基本形成，新建冷库12座。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual(['冷库|12|座']);
  });
  it('should support a count of divisions before 的 with no whole territory before it (新建8个乡镇的…站), as a target', () => {
    expect(valueUnit(indicators('新建8个乡镇的农产品检测站。', ANNUAL_2024))).toEqual(['8|个']);
  });
  it('should support a count of units checked with full coverage, a count of divisions a measure reaches without the whole territory', () => {
    expect(valueUnit(indicators('对全市460家养老机构开展全覆盖检查。', ANNUAL_2024))).toEqual(['460|家']);
    expect(valueUnit(indicators('新建村级寄递物流服务站覆盖120个行政村。', ANNUAL_2024))).toEqual(['120|个']);
    expect(valueUnit(indicators('推进全覆盖，物流网络覆盖全市85%的行政村。', ANNUAL_2024))).toEqual(['85|%']);
  });
});

describe('all the divisions of a territory after its whole-territory word (全镇12个行政村) that a measure reaches in full by the clause\'s end', () => {
  it('should not support the count when the measure and its object stand between the divisions and 全覆盖', () => {
    expect(brief(indicators('新建通信基站6座，全乡9个行政村实现4G网络全覆盖。', ANNUAL_2024))).toEqual(['通信基站|6|座|=|target|2024']);
    expect(valueUnit(indicators('农村卫生厕所普及率达到95%，全县16个乡镇实现生活垃圾收运处置体系全覆盖。', ANNUAL_2024))).toEqual(['95|%']);
  });
  it('should not support the rule where the clause ends in no full coverage, or a verb stands between the territory and the count', () => {
    expect(valueUnit(indicators('推动全县12个乡镇建成综合养老服务中心。', ANNUAL_2024))).toEqual(['12|个']);
    expect(valueUnit(indicators('全市新增8个街道实现全覆盖。', ANNUAL_2024))).toEqual(['8|个']);
  });
});

describe('a manner adverb between the places provided for and the verb (为50家重点企业“一对一”配备服务专员) goes with the verb', () => {
  it('should support the adverb in the name of what is provided, before the verb', () => {
    expect(names('为40家规上企业“一对一”配备用工服务专员。')).toEqual(['“一对一”配备用工服务专员的规上企业|40|家']);
    expect(names('为25个村卫生室逐一配备智能健康设备。')).toEqual(['逐一配备智能健康设备的村卫生室|25|个']);
  });
  it('should not support an adverb where none stands: the places and what they are provided as before', () => {
    expect(names('为12个中医馆更新中医诊疗设备。')).toEqual(['更新中医诊疗设备的中医馆|12|个']);
  });
});

describe('one count given to groups named together (A和B务工规模达到N人) is their joint total', () => {
  it('should support one metric for the groups when no 分别, 均 or 各 gives each its own count', () => {
    expect(brief(indicators('全县农村低收入人口和返乡入乡人员务工规模稳定在4200人以上。', ANNUAL_2024))).toEqual(['农村低收入人口和返乡入乡人员务工规模|4200|人|>=|target|2024']);
    expect(names('科技型中小企业和专精特新企业总数达到360家。')).toEqual(['科技型中小企业和专精特新企业总数|360|家']);
  });
  it('should not support one total where a distributor gives each group its own count', () => {
    expect(names('农村低收入人口和返乡入乡人员务工规模分别达到2600人和1500人。')).toEqual(['农村低收入人口务工规模|2600|人', '返乡入乡人员务工规模|1500|人']);
  });
  it('should not support one total for a rate: each group reaches it', () => {
    expect(names('城镇职工和城乡居民基本医疗保险参保率稳定在96%以上。')).toEqual(['城镇职工基本医疗保险参保率|96|%', '城乡居民基本医疗保险参保率|96|%']);
  });
});
