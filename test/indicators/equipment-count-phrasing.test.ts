// Equipment standards and works counted in health plans: counts written before the noun after a verb of providing
// (配备N台X), nouns written as Latin-capital abbreviations (CT, DR, MRI, PET-CT, B超), nouns that end in a comparator
// character (彩超), lists of per-unit counts, and verbs of setting up (搭建, 构建).
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, documentItems, indicators } from './helpers.js';

describe('equipment and works counted before or after their noun', () => {
  it('should support a Latin-capital abbreviation after a classifier as the counted noun (1台CT, 2台DR, 1台PET-CT, 2台B超)', () => {
    expect(brief(indicators('县人民医院新增1台MRI和2台DR。', ANNUAL_2024))).toEqual([
      'MRI|1|台|=|target|2024',
      'DR|2|台|=|target|2024',
    ]);
    expect(brief(indicators('市肿瘤医院配置1台PET-CT，中心乡镇卫生院配备2台B超。', ANNUAL_2024))).toEqual([
      'PET-CT|1|台|=|target|2024',
      'B超|2|台|=|target|2024',
    ]);
    expect(brief(indicators('片区医疗中心至少配备1台CT。', ANNUAL_2024))).toEqual(['CT|1|台|>=|target|2024']);
  });
  it('should not support a label glued to a number after a classifier that is no abbreviated noun (2.0版App, 3个km级)', () => {
    expect(indicators('全面上线2.0版App功能模块。', ANNUAL_2024)).toEqual([]);
    expect(indicators('推进3个km级示范段试点。', ANNUAL_2024)).toEqual([]);
  });
  it('should support a count written right after an abbreviated noun, as equipment lists glue it (配置DR2台、彩超3台, 新增MRI1台)', () => {
    expect(brief(indicators('县中医院新增MRI1台，各中心卫生院配置DR2台、彩超3台。', ANNUAL_2024))).toEqual([
      'MRI|1|台|=|target|2024',
      'DR|2|台|=|target|2024',
      '彩超|3|台|=|target|2024',
    ]);
  });
  it('should not support a number glued to letters as a count where it is part of a label (TOP10名单, G20峰会, ISO9001认证, PM2.5)', () => {
    expect(brief(indicators('新增入选TOP10名单企业3家。', ANNUAL_2024))).toEqual(['入选TOP10名单企业|3|家|=|target|2024']);
    expect(indicators('承办G20峰会配套活动2次，推动ISO9001认证。', ANNUAL_2024).map((i) => i.value)).toEqual([2]);
    expect(indicators('开展PM2.5来源解析。', ANNUAL_2024)).toEqual([]);
    expect(brief(indicators('新增DR2台以上。', ANNUAL_2024))).toEqual(['DR|2|台|>=|target|2024']);
  });
  it('should support the next count of a list after a one-per-unit norm, named by its own noun (每个中心配备呼吸机1台、监护仪4台)', () => {
    expect(brief(indicators('每个中心卫生院配备呼吸机1台、监护仪4台。', ANNUAL_2024))).toEqual(['监护仪|4|台|=|target|2024']);
  });
  it('should not support a count inside the noun of the next count as the end of its object (建设日处理3万吨污水处理厂2座)', () => {
    expect(brief(indicators('新建日处理3万吨污水处理厂2座。', ANNUAL_2024))).toEqual(['日处理3万吨污水处理厂|2|座|=|target|2024']);
  });
  it('should support a noun that ends in the character 超 (彩超, B超) before its count, with no bound read from it', () => {
    expect(brief(indicators('全区卫生院新配备救护车12辆、彩超18台。', ANNUAL_2024))).toEqual([
      '救护车|12|辆|=|target|2024',
      '彩超|18|台|=|target|2024',
    ]);
    expect(brief(indicators('为村卫生室购置便携式B超40台。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['40|台|=']);
  });
  it('should not support 超 read as a noun where it bounds the count (新增经营主体超3000家)', () => {
    expect(brief(indicators('全年新增经营主体超3000家。', ANNUAL_2024))).toEqual(['经营主体|3000|家|>=|target|2024']);
  });
  it('should support each count of a per-unit list whose first count is a target, with the bound written once (至少配备1台A和1台B)', () => {
    expect(brief(indicators('每个社区医院至少配备1台除颤仪和1台彩超。', ANNUAL_2024))).toEqual([
      '除颤仪|1|台|>=|target|2024',
      '彩超|1|台|>=|target|2024',
    ]);
    expect(brief(indicators('每个中心卫生院配备3台监护仪和1台呼吸机。', ANNUAL_2024))).toEqual([
      '监护仪|3|台|=|target|2024',
      '呼吸机|1|台|=|target|2024',
    ]);
  });
  it('should not support a per-unit list of one each with no bound (一X一Y norm written with digits)', () => {
    expect(indicators('每个村卫生室配备1台健康一体机和1台血压计。', ANNUAL_2024)).toEqual([]);
  });
  it('should support 搭建 and 构建 as verbs of works before the noun and its count, as 建设 is', () => {
    expect(brief(indicators('搭建远程影像诊断平台2个，构建县域慢病管理信息系统1套。', ANNUAL_2024))).toEqual([
      '远程影像诊断平台|2|个|=|target|2024',
      '县域慢病管理信息系统|1|套|=|target|2024',
    ]);
  });
  it('should not support 搭建 or 构建 before a count in Chinese numerals that states a structure', () => {
    expect(indicators('构建三级联动网络，搭建两个层级的协作机制。', ANNUAL_2024)).toEqual([]);
  });
  it('should support such equipment standards and works in an annual plan, dated by its year', async () => {
    const doc = '2026年卫生健康工作要点\n\n一、夯实基层服务网底\n\n中心卫生院至少配备1台DR和1台彩超，全县卫生院配置救护车10辆、彩超14台。搭建县域检验检查共享平台1个。';
    expect((await documentItems(doc)).map((i) => i.split('|').slice(0, 6).join('|'))).toEqual([
      'DR|1|台|>=|target|2026',
      '彩超|1|台|>=|target|2026',
      '救护车|10|辆|=|target|2026',
      '彩超|14|台|=|target|2026',
      '县域检验检查共享平台|1|个|=|target|2026',
    ]);
  });
  it('should not support 装备 read as a verb: a noun ending in it before its count keeps its name (购置应急装备100台)', () => {
    expect(brief(indicators('购置卫生应急装备60台。', ANNUAL_2024))).toEqual(['卫生应急装备|60|台|=|target|2024']);
  });
});
