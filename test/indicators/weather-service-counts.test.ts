// How 气象/人工影响天气 plans and the maintenance rules of public equipment write their numbers: rounds of ammunition in 发 (as
// rockets in 枚); the repair of a fault within hours (排除, 修复) as a procedural time limit; cadences of minutes or hours (每10分钟
// 更新一次) as routines; and the place word (城区, 农村) between 为/对 and the things a service is counted for.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { brief, indicators, names } from './helpers.js';

describe('rounds of ammunition (发)', () => {
  it('should support 发 after the number as a count of rounds', () => {
    expect(names('全县储备人工影响天气炮弹不少于800发。')).toEqual(['储备人工影响天气炮弹|800|发']);
  });
  it('should support rockets in 枚 and rounds in 发 side by side', () => {
    expect(names('各作业点储备增雨火箭弹150枚以上、三七高炮炮弹不少于900发。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['150|枚', '900|发']);
  });
  it('should not support 发 after a Chinese numeral or before a word it begins (一发, 发放, 发布)', () => {
    expect(indicators('做到一发现就处置，补助资金于6发放到位，全年12发布会议安排另行通知。')).toEqual([]);
  });
});

describe('the repair of a fault within a time (排除, 修复)', () => {
  it('should not support 在N小时内排除 as a bound on a metric', () => {
    expect(indicators('自动气象站出现故障的，原则上在24小时内排除。')).toEqual([]);
  });
  it('should not support N小时内修复 as a bound on a metric', () => {
    expect(indicators('视频监控点位发生故障后须在12小时内修复。')).toEqual([]);
  });
  it('should support a target verb that sets the repair time (缩短至…以内)', () => {
    expect(brief(indicators('路灯故障平均修复时间缩短至8小时以内。')).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['8|小时|<=']);
  });
});

describe('cadences of minutes or hours', () => {
  it('should not support 每N分钟…一次 as a count of times', () => {
    expect(indicators('雷达拼图产品每6分钟刷新一次。')).toEqual([]);
  });
  it('should not support 每N小时…N次 as a count of times', () => {
    expect(indicators('主汛期水位监测每3小时报送1次。')).toEqual([]);
  });
  it('should not support 每小时 with no number as a count of times', () => {
    expect(indicators('台风影响期间每小时会商1次。')).toEqual([]);
  });
  it('should support a bound word after such a cadence (不少于)', () => {
    expect(brief(indicators('强降水期间每30分钟加密观测不少于1次。')).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['1|次|>=']);
  });
  it('should support a yearly count of times with no sub-day cadence', () => {
    expect(names('全年组织开展防汛应急演练3次。')).toEqual(['防汛应急演练|3|次']);
  });
});

describe('a place word between 为/对 and a count (为城区…, 对农村…)', () => {
  it('should support 为 + 城区 + a count + 提供 as the reach of a service', () => {
    expect(names('为城区5处地下通道提供积水监测预警服务。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['5|处']);
  });
  it('should support 对 + a scope and a place word + a count + a measure', () => {
    expect(names('对全县农村14所中小学开展防雷安全检测。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['14|所']);
  });
  it('should not support 在 + 城区 + a count as sites chosen for a task', () => {
    expect(indicators('在城区38个主要路口开展文明劝导。')).toEqual([]);
  });
});

describe('a service written once after a list of those it reaches (为A、B提供…)', () => {
  it('should support each member named by its noun and the shared service', () => {
    expect(names('为城区4处下穿隧道、6座山塘提供积水风险预警服务。')).toEqual(['下穿隧道积水风险预警服务|4|处', '山塘积水风险预警服务|6|座']);
  });
  it('should support equipment provided to every member of the list', () => {
    expect(names('为15所中小学、8个文化站配备自动气象观测设备。')).toEqual(['配备自动气象观测设备的中小学|15|所', '配备自动气象观测设备的文化站|8|个']);
  });
  it('should not support a service of the next clause in the members\' names', () => {
    expect(names('为6家敬老院、4所学校提供防雷检测，开展气象科普讲座12场。')).toEqual(['敬老院防雷检测|6|家', '学校防雷检测|4|所', '气象科普讲座|12|场']);
  });
});

