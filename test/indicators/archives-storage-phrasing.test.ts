// How targets of 档案 and 数据 plans are counted and measured: records taken in (接收…卷/件), frames digitized (画幅), testimonies
// and samples collected (采集), storage capacity (TB/PB) and storage temperatures (℃); each probed with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('画幅, TB/PB/GB and ℃ as units', () => {
  it('should support the frames an archive digitizes and the storage a data plan sets', () => {
    expect(brief(indicators('完成婚姻登记档案数字化80万画幅。', ANNUAL_2024))).toEqual(['婚姻登记档案数字化|80|万画幅|=|target|2024']);
    expect(brief(indicators('政务云存储容量提升至2PB，容灾备份数据量达到500TB。', ANNUAL_2024))).toEqual(['政务云存储容量|2|PB|=|target|2024', '容灾备份数据量|500|TB|=|target|2024']);
  });
  it('should support a temperature range and a bound in degrees', () => {
    expect(brief(indicators('档案库房温度控制在15—22℃。', ANNUAL_2024))).toEqual(['档案库房温度|[15,22]|℃|range|target|2024']);
    expect(brief(indicators('疫苗冷库温度不高于-20℃。', ANNUAL_2024))).toEqual(['疫苗冷库温度|-20|℃|<=|target|2024']);
  });
  it('should not support a storage unit after a Chinese numeral, nor a bare temperature with no verb or bound', () => {
    expect(brief(indicators('推进三TB级存储改造。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('当日最高气温35℃，请注意防暑。', ANNUAL_2024))).toEqual([]);
  });
});

describe('接收 and 采集 as verbs that set a count and stay in its name', () => {
  it('should support the records taken in and the testimonies and samples collected', () => {
    expect(brief(indicators('全年接收进馆档案3.5万卷。', ANNUAL_2024))).toEqual(['接收进馆档案|3.5|万卷|=|target|2024']);
    expect(brief(indicators('新采集老党员口述史料45人，采集水质样品2000份。', ANNUAL_2024))).toEqual(['采集老党员口述史料|45|人|=|target|2024', '采集水质样品|2000|份|=|target|2024']);
  });
  it('should not support the verbs inside a noun of works as their object', () => {
    expect(brief(indicators('建成液化天然气接收站2座，设立血样采集点40个。', ANNUAL_2024))).toEqual(['液化天然气接收站|2|座|=|target|2024', '血样采集点|40|个|=|target|2024']);
  });
});

describe('a count of divisions after another covered one, with the other kinds in a bracket (覆盖全市9个县（市、区）120个乡镇（街道）)', () => {
  it('should not support the second count as an item, with or without 、 between them', () => {
    expect(brief(indicators('服务站点达到150家，覆盖全市7个县（市、区）120个乡镇（街道）。', ANNUAL_2024))).toEqual(['服务站点|150|家|=|target|2024']);
    expect(brief(indicators('调解组织覆盖全县15个乡（镇、街道）、260个行政村。', ANNUAL_2024))).toEqual([]);
  });
  it('should support a count of works after the covered divisions', () => {
    expect(brief(indicators('网络覆盖全区6个街道（镇），新建基站80个。', ANNUAL_2024))).toEqual(['基站|80|个|=|target|2024']);
  });
});

describe('审议 as a verb that sets a count of a people’s congress and stays in its name', () => {
  it('should support the bills and reports a standing committee plans to review', () => {
    expect(brief(indicators('全年审议法规案6件，听取和审议专项工作报告10项。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual(['审议法规案|6|件', '审议专项工作报告|10|项']);
  });
  it('should not support a bill sent for review with no count', () => {
    expect(brief(indicators('条例草案于9月提请市人大常委会审议。', ANNUAL_2024))).toEqual([]);
  });
});
