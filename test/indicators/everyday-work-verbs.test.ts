// Verbs of a body's everyday work, each counted after its object in 工作要点 and 工作计划 of every sector (调解, 收缴, 处罚,
// 核发, 报废, 撤并, 清退, 录入, 归档, 征集, 检定, 授牌, 创作, 录制, 刊发, 播出, 谋划, 推介, 孵化): the count is the work of the
// year and the verb stays in its name (the disputes mediated, not those there are). A noun these verbs begin (调解委员会, 孵化基地)
// after another verb stays that verb's object. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const plan = (...lines: string[]) => documentItems(['某县司法局2027年工作要点', '一、重点工作', '（一）强化基层治理。', ...lines].join('\n'));
const items = async (...lines: string[]) => (await plan(...lines)).map((b) => b.split('|').slice(0, 5).join('|'));

describe('indicators: counts after the verbs of everyday work', () => {
  it('should support a count after 调解, 收缴, 处罚 and 核发 with the verb in its name', async () => {
    expect(await items('调解邻里矛盾纠纷1800件。')).toEqual(['调解邻里矛盾纠纷|1800|件|=|target']);
    expect(await items('收缴非法宗教宣传品3000份。')).toEqual(['收缴非法宗教宣传品|3000|份|=|target']);
    expect(await items('处罚无证经营户26家。')).toEqual(['处罚无证经营户|26|家|=|target']);
    expect(await items('核发取水许可证65张。')).toEqual(['核发取水许可证|65|张|=|target']);
  });
  it('should support a count after 报废, 撤并, 清退, 录入, 归档, 征集 and 检定', async () => {
    expect(await items('报废超期服役执法车辆12辆。')).toEqual(['报废超期服役执法车辆|12|辆|=|target']);
    expect(await items('撤并空心村教学点8个。')).toEqual(['撤并空心村教学点|8|个|=|target']);
    expect(await items('清退违规入驻企业6家。')).toEqual(['清退违规入驻企业|6|家|=|target']);
    expect(await items('录入不动产登记档案数据30万条。')).toEqual(['录入不动产登记档案数据|30|万条|=|target']);
    expect(await items('归档重大活动声像档案2000件。')).toEqual(['归档重大活动声像档案|2000|件|=|target']);
    expect(await items('征集抗战时期口述史料150件。')).toEqual(['征集抗战时期口述史料|150|件|=|target']);
    expect(await items('检定出租车计价器1800台。')).toEqual(['检定出租车计价器|1800|台|=|target']);
  });
  it('should support a count after 授牌, 创作, 录制, 刊发, 播出, 谋划, 推介 and 孵化', async () => {
    expect(await items('授牌民宿示范户20户。')).toEqual(['授牌民宿示范户|20|户|=|target']);
    expect(await items('创作普法微电影6部。')).toEqual(['创作普法微电影|6|部|=|target']);
    expect(await items('录制法治讲座视频40期。')).toEqual(['录制法治讲座视频|40|期|=|target']);
    expect(await items('刊发法治宣传稿件600篇。')).toEqual(['刊发法治宣传稿件|600|篇|=|target']);
    expect(await items('播出普法公益广告800条次。')).toEqual(['播出普法公益广告|800|条次|=|target']);
    expect(await items('谋划法治建设项目10个。')).toEqual(['谋划法治建设项目|10|个|=|target']);
    expect(await items('推介优质法律服务产品15个。')).toEqual(['推介优质法律服务产品|15|个|=|target']);
    expect(await items('孵化公益法律服务社会组织5家。')).toEqual(['孵化公益法律服务社会组织|5|家|=|target']);
  });
  it('should not support these words inside the noun another verb counts, nor a routine cadence, as their own counts', async () => {
    expect(await items('新建行业性人民调解委员会4个。')).toEqual(['行业性人民调解委员会|4|个|=|target']);
    expect(await items('建成青年创业孵化基地3家。')).toEqual(['青年创业孵化基地|3|家|=|target']);
    expect(await items('每季度播出法治专题节目1次。')).toEqual([]);
  });
});
