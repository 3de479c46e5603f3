// The table detector: tables flattened one cell per line or per paragraph, delimited rows, markdown
// pipe tables; captions, and where a table ends.
import { describe, expect, it } from 'vitest';
import { findTables } from '../../src/blocks/table.js';
import { grammars } from '../grammar-helpers.js';

const texts = (cells: Array<{ text: string }>) => cells.map((c) => c.text);

describe('findTables: flattened tables', () => {
  it('should support a table flattened one cell per line with no 序号 column', () => {
    const src = [
      '到2025年，主要目标如下。',
      '表1 “十四五”卫生健康主要发展指标',
      '指标名称', '单位', '2020年', '2025年', '属性',
      '人均预期寿命', '岁', '78.3', '79', '预期性',
      '孕产妇死亡率', '/10万', '7.5', '≤7', '约束性',
      '每千人口执业（助理）医师数', '人', '2.9', '3.2', '预期性',
      '二、主要任务',
    ].join('\n');
    const [t, ...rest] = findTables(src, grammars().tables);
    expect(rest).toEqual([]);
    expect(t?.caption?.text).toBe('表1 “十四五”卫生健康主要发展指标');
    expect(texts(t?.header ?? [])).toEqual(['指标名称', '单位', '2020年', '2025年', '属性']);
    expect(t?.rows.map(texts)).toEqual([
      ['人均预期寿命', '岁', '78.3', '79', '预期性'],
      ['孕产妇死亡率', '/10万', '7.5', '≤7', '约束性'],
      ['每千人口执业（助理）医师数', '人', '2.9', '3.2', '预期性'],
    ]);
    // The caption is inside the region; the heading after the table is not.
    expect(src.slice(t?.start, t?.end)).toMatch(/^表1[\s\S]*预期性$/u);
  });

  it('should support names a PDF wrapped inside their cells, one line a piece, under a group column', () => {
    const src = [
      '表2 主要指标',
      '领域', '指标', '单位', '2025年', '2030年', '指标性质',
      '健康水平', '人均预期寿命', '岁', '79.2', '80.5', '预期性',
      '医疗服务', '每千人口执业（', '助理）医师数', '人', '3.2', '3.8', '预期性',
      '每千人口医疗卫', '生机构床位数', '张', '6.8', '7.5', '预期性',
      '二、重点任务',
    ].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(t?.rows.map(texts)).toEqual([
      ['健康水平', '人均预期寿命', '岁', '79.2', '80.5', '预期性'],
      ['医疗服务', '每千人口执业（助理）医师数', '人', '3.2', '3.8', '预期性'],
      // The group cell, merged over the rows of its group, is missing: the row keeps its pieces together.
      ['每千人口医疗卫', '生机构床位数', '张', '6.8', '7.5', '预期性'],
    ]);
  });

  it('should support a group label before row 1 whose name a PDF wrapped, in rows cut at 序号 under a 类别 column', () => {
    // The 类别 cell, merged over its group, is set once before the group's first number: row 1 one cell short of the
    // header run, also when its long name was wrapped into two pieces.
    const src = [
      '类别', '序号', '指标', '单位', '2025年', '2030年', '属性',
      '养老服务', '1', '养老机构护理型床位', '占比', '%', '58', '65', '约束性',
      '2', '街道综合养老服务中心', '个', '12', '20', '预期性',
      '健康支撑', '3', '二级以上综合医院设', '老年医学科比例', '%', '70', '≥85', '预期性',
      '二、主要任务',
    ].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(texts(t?.header ?? [])).toEqual(['序号', '指标', '单位', '2025年', '2030年', '属性']);
    expect(t?.rows.map(texts)).toEqual([
      ['养老服务'],
      ['1', '养老机构护理型床位占比', '%', '58', '65', '约束性'],
      ['2', '街道综合养老服务中心', '个', '12', '20', '预期性'],
      ['健康支撑'],
      ['3', '二级以上综合医院设老年医学科比例', '%', '70', '≥85', '预期性'],
    ]);
  });

  it('should not support a wrapped name of row 1 as a group label when the header run holds no cell past its column names', () => {
    const src = [
      '序号', '指标', '单位', '2025年', '2030年', '属性',
      '1', '养老机构护理型床位', '占比', '%', '58', '65', '约束性',
      '2', '街道综合养老服务中心', '个', '12', '20', '预期性',
      '二、主要任务',
    ].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(t?.rows.map(texts)).toEqual([
      ['1', '养老机构护理型床位占比', '%', '58', '65', '约束性'],
      ['2', '街道综合养老服务中心', '个', '12', '20', '预期性'],
    ]);
  });

  it('should support names a PDF wrapped inside their cells in rows cut at 序号', () => {
    const src = [
      '序号', '指标名称', '单位', '2025年', '2030年', '属性',
      '1', '人均预期寿命', '岁', '79.2', '80.5', '预期性',
      '2', '个人卫生支出占卫', '生总费用的比重', '%', '27', '≤25', '约束性',
      '3', '婴儿死亡率', '‰', '3.1', '≤3.0', '预期性',
      '二、重点任务',
    ].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(t?.rows.map(texts)).toEqual([
      ['1', '人均预期寿命', '岁', '79.2', '80.5', '预期性'],
      ['2', '个人卫生支出占卫生总费用的比重', '%', '27', '≤25', '约束性'],
      ['3', '婴儿死亡率', '‰', '3.1', '≤3.0', '预期性'],
    ]);
  });

  it('should not support more than three lines as the pieces of one name: the table ends there', () => {
    const src = [
      '指标', '单位', '2025年', '2030年', '属性',
      '人均预期寿命', '岁', '79.2', '80.5', '预期性',
      '婴儿死亡率', '‰', '3.1', '≤3.0', '预期性',
      '一段', '不是', '表格', '的文字', '3.8', '预期性',
    ].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(t?.rows.map(texts)).toEqual([
      ['人均预期寿命', '岁', '79.2', '80.5', '预期性'],
      ['婴儿死亡率', '‰', '3.1', '≤3.0', '预期性'],
    ]);
  });

  it('should support cells in blank-separated paragraphs, a cell over two lines and rows cut at 序号', () => {
    const src = [
      '（二）发展指标', '',
      '序号', '', '指标', '', '基期值\n（2020年）', '', '目标值', '',
      '1', '', '城乡居民健康素养水平', '', '25.4％', '', '≥30％', '',
      '2', '', '经常参加体育锻炼人数比例', '', '/', '', '≥38.5％', '',
      '3', '', '二级以上综合医院设置\n老年医学科比例', '', '60％', '', '80％', '',
      '注：1. 带≥的指标为下限。', '2. 基期值为2020年统计数。', '',
      '（三）保障措施',
    ].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(texts(t?.header ?? [])).toEqual(['序号', '指标', '基期值\n（2020年）', '目标值']);
    expect(t?.rows.map(texts)).toEqual([
      ['1', '城乡居民健康素养水平', '25.4％', '≥30％'],
      ['2', '经常参加体育锻炼人数比例', '/', '≥38.5％'],
      ['3', '二级以上综合医院设置\n老年医学科比例', '60％', '80％'],
    ]);
    // The numbered heading above is the caption but stays out of the region; the notes are after it.
    expect(t?.caption?.text).toBe('（二）发展指标');
    expect(src.slice(t?.start, t?.end)).toMatch(/^序号[\s\S]*80％$/u);
  });

  it('should support a row whose merged first cell the flattening lost (fewer cells than the header)', () => {
    const src = ['序号', '类别', '指标', '2020年', '2025年', '1', '健康水平', '人均预期寿命（岁）', '78', '79', '2', '婴儿死亡率（‰）', '5', '4.5', '3', '健康服务', '每千人口床位数（张）', '5.6', '6.5', '此后各项工作按计划推进，确保目标如期实现，各部门要加强协调配合。'].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(t?.rows.map((r) => r.length)).toEqual([5, 4, 5]);
    expect(src.slice(t?.end)).toMatch(/^\n此后/u);
  });

  it('should support group label rows above and between numbered rows', () => {
    const src = ['序号', '指标', '目标值', '经济发展', '1', '地区生产总值增速', '6％', '2', '研发投入强度', '3％', '民生保障', '3', '城镇新增就业', '5万人'].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(texts(t?.header ?? [])).toEqual(['序号', '指标', '目标值']);
    expect(t?.rows.map(texts)).toEqual([['经济发展'], ['1', '地区生产总值增速', '6％'], ['2', '研发投入强度', '3％'], ['民生保障'], ['3', '城镇新增就业', '5万人']]);
  });

  it('should support a merged 类别 column written once per group on a line of its own, every group after the first too', () => {
    const src = [
      '类别', '序号', '指标', '单位', '2025年', '2028年', '属性',
      '生态环境', '1', '森林覆盖率', '%', '61.2', '62', '约束性', '2', '地表水优良比例', '%', '90', '≥93', '约束性',
      '民生福祉', '3', '城镇新增就业', '万人', '1.8', '2', '预期性', '4', '养老机构护理型床位占比', '%', '55', '65', '预期性',
      '科技创新', '5', '研发经费投入强度', '%', '2.4', '2.8', '预期性', '6', '高新技术企业数', '家', '310', '420', '预期性',
      '三、重点任务',
    ].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(texts(t?.header ?? [])).toEqual(['序号', '指标', '单位', '2025年', '2028年', '属性']);
    expect(t?.rows.map(texts)).toEqual([
      ['生态环境'], ['1', '森林覆盖率', '%', '61.2', '62', '约束性'], ['2', '地表水优良比例', '%', '90', '≥93', '约束性'],
      ['民生福祉'], ['3', '城镇新增就业', '万人', '1.8', '2', '预期性'], ['4', '养老机构护理型床位占比', '%', '55', '65', '预期性'],
      ['科技创新'], ['5', '研发经费投入强度', '%', '2.4', '2.8', '预期性'], ['6', '高新技术企业数', '家', '310', '420', '预期性'],
    ]);
    expect(src.slice(t?.end)).toMatch(/^\n三、重点任务$/u);
  });

  it('should not support a row after a group label whose number skips one as the next row', () => {
    const src = [
      '序号', '指标', '单位', '目标值',
      '农业农村', '1', '粮食播种面积', '万亩', '52', '2', '高标准农田', '万亩', '30',
      '城乡建设', '3', '城镇老旧小区改造', '个', '45', '5', '燃气管道更新', '公里', '120',
    ].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(t?.rows.map(texts)).toEqual([['农业农村'], ['1', '粮食播种面积', '万亩', '52'], ['2', '高标准农田', '万亩', '30'], ['城乡建设'], ['3', '城镇老旧小区改造', '个', '45']]);
  });

  it('should support a quota table of regions × numbers flattened one cell per line', () => {
    const src = ['附件2', '各区家庭医生签约任务分解表', '地区', '签约人数（万人）', '重点人群签约率（%）', '东城区', '12.5', '75', '西城区', '15', '78', '朝阳区', '30.2', '70'].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(t?.caption?.text).toBe('各区家庭医生签约任务分解表');
    expect(texts(t?.header ?? [])).toEqual(['地区', '签约人数（万人）', '重点人群签约率（%）']);
    expect(t?.rows.length).toBe(3);
  });

  it('should support a 类别 column whose merged cells the flattening kept only in the first row of each group', () => {
    const src = [
      '表1　“十四五”时期卫生健康发展主要指标',
      '类别', '指标', '2020年', '2025年', '属性',
      '健康水平', '人均预期寿命（岁）', '77.9', '提高1岁', '预期性',
      '婴儿死亡率（‰）', '5.4', '＜5.2', '预期性',
      '健康生活', '居民健康素养水平（%）', '23.2', '25', '预期性',
      '经常参加体育锻炼人数比例（%）', '37.2', '38.5', '预期性',
      '健康服务', '每千人口执业（助理）医师数（人）', '2.9', '3.2', '预期性',
      '个人卫生支出占卫生总费用的比重（%）', '27.7', '持续下降', '约束性',
      '注：1.〔〕内为5年累计数。',
      '2.婴儿死亡率为全国平均水平。',
    ].join('\n');
    const [t, ...rest] = findTables(src, grammars().tables);
    expect(rest).toEqual([]);
    expect(texts(t?.header ?? [])).toEqual(['类别', '指标', '2020年', '2025年', '属性']);
    expect(t?.rows.map((r) => r.length)).toEqual([5, 4, 5, 4, 5, 4]);
    expect(t?.rows[5]?.map((c) => c.text)).toEqual(['个人卫生支出占卫生总费用的比重（%）', '27.7', '持续下降', '约束性']);
    expect(src.slice(t?.end)).toMatch(/^\n注：/u);
  });

  it('should support merged 类别 cells over groups of three rows and more under a header with no 单位 column', () => {
    // Rows without their group are as long as a header that starts two cells late ([2025年, 属性, 普及程度]
    // … would read every row of the first group as complete): a row that lacks only its 类别 cell is complete.
    const src = [
      '类别', '指标', '2020年', '2025年', '属性',
      '普及程度', '学前教育毛入园率（%）', '93.6', '≥95', '预期性',
      '九年义务教育巩固率（%）', '96.8', '97.5', '约束性',
      '高中阶段教育毛入学率（%）', '92.5', '≥95', '预期性',
      '普惠性幼儿园覆盖率（%）', '83.2', '85', '约束性',
      '条件保障', '新建改扩建中小学校（所）', '〔68〕', '〔80〕', '预期性',
      '劳动年龄人口平均受教育年限（年）', '10.8', '11.2', '预期性',
    ].join('\n');
    const [t, ...rest] = findTables(src, grammars().tables);
    expect(rest).toEqual([]);
    expect(texts(t?.header ?? [])).toEqual(['类别', '指标', '2020年', '2025年', '属性']);
    expect(t?.rows.map((r) => r.length)).toEqual([5, 4, 4, 4, 5, 4]);
  });

  it('should support cells a page broke over two lines in a one-cell-per-line table (指标 / 属性, 5.6 / 平方公里, a name and its bracket)', () => {
    const src = [
      '序号', '指标名称', '指标', '属性', '现状值', '（2020年）', '目标值', '（2025年）',
      '1', '湿地保护面积', '约束性', '5.6', '平方公里', '6.2', '平方公里',
      '2', '生活饮用水水质达标率', '（按国标GB5749）', '约束性', '≥95％', '≥98％',
      '3', '城市公园绿地服务半径覆盖率', '预期性', '80％', '90％',
      '三、重点任务',
    ].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(texts(t?.header ?? [])).toEqual(['序号', '指标名称', '指标\n属性', '现状值\n（2020年）', '目标值\n（2025年）']);
    expect(t?.rows.map(texts)).toEqual([
      ['1', '湿地保护面积', '约束性', '5.6\n平方公里', '6.2\n平方公里'],
      ['2', '生活饮用水水质达标率\n（按国标GB5749）', '约束性', '≥95％', '≥98％'],
      ['3', '城市公园绿地服务半径覆盖率', '预期性', '80％', '90％'],
    ]);
  });

  it('should support cells a web page set as two paragraphs in a one-cell-per-paragraph table (目标值 / （2025年）, 5.6 / 平方公里)', () => {
    const src = [
      '序号', '指标名称', '现状值', '（2020年）', '目标值', '（2025年）', '属性',
      '1', '湿地保护面积', '5.6', '平方公里', '6.2', '平方公里', '约束性',
      '2', '城市公园绿地服务半径覆盖率', '80％', '90％', '预期性',
      '三、重点任务',
    ].join('\n\n');
    const [t] = findTables(src, grammars().tables);
    expect(texts(t?.header ?? [])).toEqual(['序号', '指标名称', '现状值\n\n（2020年）', '目标值\n\n（2025年）', '属性']);
    expect(t?.rows.map(texts)).toEqual([
      ['1', '湿地保护面积', '5.6\n\n平方公里', '6.2\n\n平方公里', '约束性'],
      ['2', '城市公园绿地服务半径覆盖率', '80％', '90％', '预期性'],
    ]);
  });

  it('should not support a bracketed value in a paragraph of its own as part of the cell above it', () => {
    const src = ['序号', '指标', '2020年', '2025年', '1', '床位数', '（6.2）', '7.5', '三、重点任务'].join('\n\n');
    const [t] = findTables(src, grammars().tables);
    expect(t?.rows.map(texts)).toEqual([['1', '床位数', '（6.2）', '7.5']]);
  });

  it('should support a header of two rows flattened one after the other (基期值 目标值 over 2025年 2028年 2030年), rows cut at 序号', () => {
    const src = [
      '序号', '指标', '单位', '基期值', '目标值', '属性', '2025年', '2028年', '2030年',
      '1', '人均预期寿命', '岁', '79.5', '80', '80.5', '预期性',
      '2', '孕产妇死亡率', '/10万', '8.2', '≤8', '≤7.5', '约束性',
      '四、主要任务',
    ].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(texts(t?.header ?? [])).toEqual(['序号', '指标', '单位', '基期值2025年', '目标值2028年', '2030年', '属性']);
    expect(t?.rows.map(texts)).toEqual([
      ['1', '人均预期寿命', '岁', '79.5', '80', '80.5', '预期性'],
      ['2', '孕产妇死亡率', '/10万', '8.2', '≤8', '≤7.5', '约束性'],
    ]);
  });

  it('should support a header of two rows flattened one after the other with no 序号 column, under a merged 类别 column', () => {
    const src = [
      '类别', '指标', '单位', '现状值', '目标值', '属性', '2025年', '2027年', '2030年',
      '健康水平', '人均预期寿命', '岁', '79.5', '80', '80.5', '预期性',
      '婴儿死亡率', '‰', '3.1', '≤3', '≤2.8', '约束性',
      '医疗资源', '每千人口床位数', '张', '6.5', '6.9', '7.2', '预期性',
      '四、主要任务',
    ].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(texts(t?.header ?? [])).toEqual(['类别', '指标', '单位', '现状值2025年', '目标值2027年', '2030年', '属性']);
    expect(t?.rows.map(texts)).toEqual([
      ['健康水平', '人均预期寿命', '岁', '79.5', '80', '80.5', '预期性'],
      ['婴儿死亡率', '‰', '3.1', '≤3', '≤2.8', '约束性'],
      ['医疗资源', '每千人口床位数', '张', '6.5', '6.9', '7.2', '预期性'],
    ]);
  });

  it('should not support a header of one row that ends in years as two rows (基期值 beside 2025年 2030年, rows as wide as it)', () => {
    const src = [
      '序号', '指标', '单位', '基期值', '2025年', '2030年',
      '1', '人均预期寿命', '岁', '79.2', '80', '80.5',
      '2', '孕产妇死亡率', '/10万', '8.2', '≤8', '≤7.5',
      '四、主要任务',
    ].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(texts(t?.header ?? [])).toEqual(['序号', '指标', '单位', '基期值', '2025年', '2030年']);
    expect(t?.rows.map(texts)[0]).toEqual(['1', '人均预期寿命', '岁', '79.2', '80', '80.5']);
  });

  it('should support numbered rows under a header whose number cell was left empty', () => {
    const src = ['指标', '2020年', '2025年', '1', '健康素养水平', '25％', '30％', '2', '人均预期寿命', '78岁', '79岁'].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(texts(t?.header ?? [])).toEqual(['', '指标', '2020年', '2025年']);
    expect(t?.rows.map((r) => r.length)).toEqual([4, 4]);
  });

  it('should support row numbers in full-width digits', () => {
    const src = ['序号', '指标', '目标值', '１', '健康素养水平', '30％', '２', '人均预期寿命', '79岁'].join('\n');
    expect(findTables(src, grammars().tables)[0]?.rows.map(texts)).toEqual([['１', '健康素养水平', '30％'], ['２', '人均预期寿命', '79岁']]);
  });

  it('should not support a run of short headings with no rows of values', () => {
    expect(findTables(['主要目标', '指标体系', '保障措施', '组织领导', '资金保障', '督查考核'].join('\n'), grammars().tables)).toEqual([]);
  });

  it('should not support body paragraphs that mention 指标 and years', () => {
    const src = '到2025年，主要健康指标达到全省平均水平。\n2020年，全市人均预期寿命为78岁。\n目标值的确定以2020年为基期。\n';
    expect(findTables(src, grammars().tables)).toEqual([]);
  });

  it('should not support a table that the text after it continues: it ends at a sentence', () => {
    const src = ['指标', '2020年', '2025年', '城镇污水处理率', '95％', '99％', '农村生活污水治理率', '80％', '90％', '加强水环境治理，全面推进河湖长制，到2025年城镇污水处理率达到99％。'].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(t?.rows.length).toBe(2);
    expect(src.slice(t?.end)).toMatch(/^\n加强/u);
  });
});

describe('findTables: delimited tables', () => {
  it('should support a tab-separated table whose cells are text', () => {
    const src = '附件1\n部门职责分工\n部门\t重点领域\t对应因素\n教育局\t开展健康学校建设，改善学校卫生环境。\t健康素养\n体育局\t推动全民健身活动。\t生活方式\n';
    const [t] = findTables(src, grammars().tables);
    expect(t?.caption?.text).toBe('部门职责分工');
    expect(texts(t?.header ?? [])).toEqual(['部门', '重点领域', '对应因素']);
    expect(t?.rows.map(texts)).toEqual([
      ['教育局', '开展健康学校建设，改善学校卫生环境。', '健康素养'],
      ['体育局', '推动全民健身活动。', '生活方式'],
    ]);
  });

  it('should not support numbered paragraphs with a tab after their numbers (a word processor\'s list numbering) as a table', () => {
    const src = ['某区2026年安全生产工作要点', '一、\t强化责任落实', '（一）\t压实属地责任。全年开展督查4次。', '（二）\t压实部门监管责任。', '1.\t健全清单。', '2.\t落实考核。', '二、\t深化隐患排查'].join('\n');
    expect(findTables(src, grammars().tables)).toEqual([]);
  });

  it('should support a table of two columns whose first cells are row numbers without a mark (1, 2) or hold more than a number', () => {
    const plain = findTables('序号\t任务\n1\t完成老旧小区改造30个\n2\t新建公厕12座\n', grammars().tables);
    expect(plain.map((t) => t.rows.map(texts))).toEqual([[['1', '完成老旧小区改造30个'], ['2', '新建公厕12座']]]);
    const wider = findTables('序号\t任务\t完成时限\n1.\t完成老旧小区改造30个\t6月底\n2.\t新建公厕12座\t9月底\n', grammars().tables);
    expect(wider.map((t) => t.rows.map((r) => r[0]?.text))).toEqual([['1.', '2.']]);
  });

  it('should support a markdown pipe table (the rule row is not a row)', () => {
    const src = '| 指标 | 2025年 |\n|---|---:|\n| 健康素养水平 | 30% |\n| 人均预期寿命 | 79岁 |\n';
    const [t] = findTables(src, grammars().tables);
    expect(texts(t?.header ?? [])).toEqual(['指标', '2025年']);
    expect(t?.rows.map(texts)).toEqual([['健康素养水平', '30%'], ['人均预期寿命', '79岁']]);
  });

  it('should support a markdown pipe table whose caption reads like a header cell (…分年度目标) and a TAB table after it', () => {
    const src = [
      '附件1',
      '垃圾分类分年度目标',
      '| 指标 | 单位 | 2023年（基期） | 2024年 | 2025年 |',
      '| --- | --- | --- | --- | --- |',
      '| 回收利用率 | % | 32 | 35 | 36 |',
      '| 焚烧处理能力 | 吨/日 | 1200 | 1500 | 1800 |',
      '',
      '附件2',
      '重点任务分工表',
      '序号\t重点任务\t牵头单位\t完成时限',
      '1\t新建投放点2000个\t市城管委\t2026年底前',
    ].join('\n');
    const [pipe, tab, ...rest] = findTables(src, grammars().tables);
    expect(rest).toEqual([]);
    expect(pipe?.caption?.text).toBe('垃圾分类分年度目标');
    expect(texts(pipe?.header ?? [])).toEqual(['指标', '单位', '2023年（基期）', '2024年', '2025年']);
    expect(pipe?.rows.map(texts)).toEqual([
      ['回收利用率', '%', '32', '35', '36'],
      ['焚烧处理能力', '吨/日', '1200', '1500', '1800'],
    ]);
    expect(texts(tab?.header ?? [])).toEqual(['序号', '重点任务', '牵头单位', '完成时限']);
  });

  it('should support a header whose cells the page wrapped onto a second line (years, units, the rest of a name)', () => {
    const spaces = [
      '指标名称            单位    基期值      目标值      年均增长   属性',
      '                            （2020年）  （2025年）  （%）',
      '学前教育毛入园率    %       93.6        ≥95         —          预期性',
    ].join('\n');
    const tabs = ['序号\t指标\t单位\t2020年\t2025年\t指标', '\t\t\t（基期）\t（目标）\t属性', '1\t学前教育毛入园率\t%\t93.6\t≥95\t预期性'].join('\n');
    expect(texts(findTables(spaces, grammars().tables)[0]?.header ?? [])).toEqual(['指标名称', '单位', '基期值（2020年）', '目标值（2025年）', '年均增长（%）', '属性']);
    expect(findTables(spaces, grammars().tables)[0]?.rows.map(texts)).toEqual([['学前教育毛入园率', '%', '93.6', '≥95', '—', '预期性']]);
    expect(texts(findTables(tabs, grammars().tables)[0]?.header ?? [])).toEqual(['序号', '指标', '单位', '2020年（基期）', '2025年（目标）', '指标属性']);
  });

  it('should not support a line under the header that is no part of it (a group label, a first row) as its second line', () => {
    const src = ['类别\t指标\t单位\t2020年\t2025年', '经济增长\t地区生产总值\t亿元\t250\t360', '\t人均生产总值\t万元\t5.2\t7'].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(texts(t?.header ?? [])).toEqual(['类别', '指标', '单位', '2020年', '2025年']);
    expect(t?.rows.length).toBe(2);
  });

  it('should support a GFM pipe table written without its outer pipes, under the delimiter row only', () => {
    const src = ['指标 | 单位 | 2025年', '--- | --- | ---', '学前教育毛入园率 | % | ≥95', '九年义务教育巩固率 | % | 97.5'].join('\n');
    const [t, ...rest] = findTables(src, grammars().tables);
    expect(rest).toEqual([]);
    expect(texts(t?.header ?? [])).toEqual(['指标', '单位', '2025年']);
    expect(t?.rows.map(texts)).toEqual([['学前教育毛入园率', '%', '≥95'], ['九年义务教育巩固率', '%', '97.5']]);
  });

  it('should not support lines parted by pipes with no delimiter row under the first (a portal menu, a breadcrumb)', () => {
    const src = ['首页 | 政务公开 | 规划计划', '指标 | 单位 | 2025年', '学前教育毛入园率 | % | 95'].join('\n');
    expect(findTables(src, grammars().tables)).toEqual([]);
  });

  it('should support a quota table whose columns are parted by runs of spaces', () => {
    const src = '区县      床位数（张）    医生数（人）\n城关区    1200          300\n新城区    800           210\n';
    const [t] = findTables(src, grammars().tables);
    expect(t?.rows.map(texts)).toEqual([['城关区', '1200', '300'], ['新城区', '800', '210']]);
  });

  it('should support a table whose cells are parted by single spaces under a header of column names', () => {
    const src = ['表1 主要指标', '指标名称 单位 2024年 2027年 属性', '乡村旅游接待人次 万人次 1850 2350 预期性', '重点村 个 6 ≥16 预期性', '旅游厕所达标率 % 86 100 约束性', '二、重点任务'].join('\n');
    const [t, ...rest] = findTables(src, grammars().tables);
    expect(rest).toEqual([]);
    expect(texts(t?.header ?? [])).toEqual(['指标名称', '单位', '2024年', '2027年', '属性']);
    expect(t?.rows.map(texts)).toEqual([
      ['乡村旅游接待人次', '万人次', '1850', '2350', '预期性'],
      ['重点村', '个', '6', '≥16', '预期性'],
      ['旅游厕所达标率', '%', '86', '100', '约束性'],
    ]);
  });

  it('should support a group label on a line of its own between delimited rows (a cell across the table), with or without its tabs', () => {
    for (const label of ['经济发展\t\t\t\t', '经济发展']) {
      const src = ['序号\t指标\t单位\t2020年\t2025年', label, '1\t地区生产总值增速\t%\t3.1\t6左右', '2\t常住人口城镇化率\t%\t56.2\t60', label.replace('经济发展', '民生福祉'), '3\t城镇新增就业\t万人\t〔10.5〕\t〔11〕'].join('\n');
      const [t, ...rest] = findTables(src, grammars().tables);
      expect(rest).toEqual([]);
      expect(t?.rows.map(texts)).toEqual([['经济发展'], ['1', '地区生产总值增速', '%', '3.1', '6左右'], ['2', '常住人口城镇化率', '%', '56.2', '60'], ['民生福祉'], ['3', '城镇新增就业', '万人', '〔10.5〕', '〔11〕']]);
    }
  });

  it('should support a row name the page wrapped onto a line of its own, indented under its column', () => {
    const spaces = ['序号  指标                    单位      2020年   2025年', '1     每千人口拥有3岁以下婴   个        1.2      4.5', '      幼儿托位数', '2     常住人口城镇化率        %         56.2     60'].join('\n');
    const tabs = ['序号\t指标\t单位\t2020年\t2025年', '1\t每千人口拥有3岁以下婴\t个\t1.2\t4.5', '\t幼儿托位数\t\t\t', '2\t常住人口城镇化率\t%\t56.2\t60'].join('\n');
    for (const src of [spaces, tabs]) {
      expect(findTables(src, grammars().tables)[0]?.rows.map(texts)).toEqual([['1', '每千人口拥有3岁以下婴幼儿托位数', '个', '1.2', '4.5'], ['2', '常住人口城镇化率', '%', '56.2', '60']]);
    }
  });

  it('should not support headings whose list numbers a word processor set off with a tab as a header and its rows', () => {
    // Word's automatic numbering pasted as text: the number, a tab, the heading; a part and its first section one under
    // the other (one blank line between, as a paste leaves it), or a run of numbered headings.
    const part = ['四、\t强化要素保障', '', '（一）\t加大财政投入力度', '', '1、安排专项资金用于村级道路养护。'].join('\n');
    const run = ['第三章\t提升公共服务', '1.\t扩大普惠托育供给', '(2)\t推进社区嵌入式服务设施建设', '３、\t完善应急物资储备'].join('\n');
    for (const src of [part, run]) expect(findTables(src, grammars().tables)).toEqual([]);
  });

  it('should support a tab table whose rows open with a numbered 序号 cell under its header', () => {
    const src = ['序号\t任务\t责任单位', '1、\t新建农村公路12公里\t县交通运输局', '2、\t改造危桥3座\t县交通运输局'].join('\n');
    const [t, ...rest] = findTables(src, grammars().tables);
    expect(rest).toEqual([]);
    expect(t?.rows.map(texts)).toEqual([['1、', '新建农村公路12公里', '县交通运输局'], ['2、', '改造危桥3座', '县交通运输局']]);
  });

  it('should not support the caption and header of a second table as a group label and a row of the first', () => {
    const src = ['序号\t指标\t2025年', '1\t城镇新增就业\t3', '表2 重点项目', '序号\t项目\t单位\t规模', '1\t污水管网\t公里\t120'].join('\n');
    const tables = findTables(src, grammars().tables);
    expect(tables).toHaveLength(2);
    expect(tables[0]?.rows.map(texts)).toEqual([['1', '城镇新增就业', '3']]);
    expect(tables[1]?.caption?.text).toBe('表2 重点项目');
  });

  it('should support a single-spaced table whose merged 类别 cell is written in the first row of its group only', () => {
    const src = ['类别 序号 指标 单位 2020年 2025年 属性', '经济发展 1 地区生产总值增速 % 3.1 6左右 预期性', '2 常住人口城镇化率 % 56.2 60 预期性', '民生福祉 3 城镇新增就业 万人 〔10.5〕 〔11〕 预期性', '二、主要任务'].join('\n');
    const [t, ...rest] = findTables(src, grammars().tables);
    expect(rest).toEqual([]);
    expect(t?.rows.map((r) => r.length)).toEqual([7, 6, 7]);
  });

  it('should not support single-spaced rows two cells short of a header with a 类别 column', () => {
    const src = ['类别 指标 单位 2020年 2025年 属性', '经济发展 地区生产总值增速 % 3.1 6左右 预期性', '常住人口城镇化率 56.2 60 预期性'].join('\n');
    expect(findTables(src, grammars().tables)[0]?.rows.map((r) => r.length)).toEqual([6]);
  });

  it('should support a table whose cells are parted by single ideographic spaces (a Chinese word processor)', () => {
    const src = ['指标　单位　2020年　2025年　属性', '学前教育毛入园率　%　93.6　≥95　预期性', '九年义务教育巩固率　%　96.8　97.5　约束性'].join('\n');
    const [t, ...rest] = findTables(src, grammars().tables);
    expect(rest).toEqual([]);
    expect(t?.rows.map(texts)).toEqual([['学前教育毛入园率', '%', '93.6', '≥95', '预期性'], ['九年义务教育巩固率', '%', '96.8', '97.5', '约束性']]);
  });

  it('should not support a heading or sentence with single ideographic spaces as a table', () => {
    const src = ['第一章　总体要求　发展目标', '到2025年　学前教育毛入园率达到95%　九年义务教育巩固率达到97.5%'].join('\n');
    expect(findTables(src, grammars().tables)).toEqual([]);
  });

  it('should support a single-spaced table copied with a blank line between its rows, ending at two', () => {
    const src = ['指标名称 单位 2024年 2027年 属性', '', '乡村旅游接待人次 万人次 1850 2350 预期性', '', '旅游厕所达标率 % 86 100 约束性', '', '', '重点村 个 6 ≥16 预期性'].join('\n');
    const [t, ...rest] = findTables(src, grammars().tables);
    expect(rest).toEqual([]);
    expect(t?.rows.map(texts)).toEqual([
      ['乡村旅游接待人次', '万人次', '1850', '2350', '预期性'],
      ['旅游厕所达标率', '%', '86', '100', '约束性'],
    ]);
  });

  it('should not support single-spaced lines without a header of column names, or rows of another length', () => {
    // PDF text with stray single spaces.
    expect(findTables(['开展 3 次巡回医疗服务', '完成 20 家 企业 改造 任务'].join('\n'), grammars().tables)).toEqual([]);
    expect(findTables(['推进 项目 建设 2025年', '新建 学校 3 所'].join('\n'), grammars().tables)).toEqual([]);
    expect(findTables(['指标名称 单位 2024年 2027年', '乡村旅游 接待人次 万人次 1850 2350'].join('\n'), grammars().tables)).toEqual([]);
  });

  it('should support a single-spaced table of PDF text whose years and bound signs stand apart from their 年 and numbers', () => {
    const src = [
      '专栏 2 园林绿化主要指标',
      '指标 2026 年 2028 年 属性',
      '人均公园绿地面积（平方米） 14.1 15 约束性',
      '城市公园绿地服务半径覆盖率（%） 82.5 ≥ 90 预期性',
      '新建居住区配建绿地达到标准的街道占比（%） 64 ≥ 80 预期性',
      '第三章 重点任务',
    ].join('\n');
    const [t, ...rest] = findTables(src, grammars().tables);
    expect(rest).toEqual([]);
    expect(texts(t?.header ?? [])).toEqual(['指标', '2026 年', '2028 年', '属性']);
    expect(t?.rows.map(texts)).toEqual([
      ['人均公园绿地面积（平方米）', '14.1', '15', '约束性'],
      ['城市公园绿地服务半径覆盖率（%）', '82.5', '≥ 90', '预期性'],
      ['新建居住区配建绿地达到标准的街道占比（%）', '64', '≥ 80', '预期性'],
    ]);
    // A joined cell keeps its offsets: its text is the source's.
    const cell = t?.rows[1]?.[2];
    expect(src.slice(cell?.start, cell?.end)).toBe('≥ 90');
  });

  it('should support numbers apart from their units in a single-spaced row of PDF text, where that makes as many cells as the header', () => {
    const src = ['指标 2024 年 2027 年', '生活垃圾回收利用率 35 % 45 %', '公共自行车站点 120 个 ≥ 160 个'].join('\n');
    expect(findTables(src, grammars().tables)[0]?.rows.map(texts)).toEqual([
      ['生活垃圾回收利用率', '35 %', '45 %'],
      ['公共自行车站点', '120 个', '≥ 160 个'],
    ]);
  });

  it('should not support joining a unit to a number where the header has a 单位 column', () => {
    const src = ['指标 单位 2024 年 2027 年', '生活垃圾回收利用率 % 35 45'].join('\n');
    expect(findTables(src, grammars().tables)[0]?.rows.map(texts)).toEqual([['生活垃圾回收利用率', '%', '35', '45']]);
  });

  it('should not support sentences of PDF text with numbers and stray spaces as rows under a header of years', () => {
    const head = ['指标 2026 年 2028 年 属性', '人均公园绿地面积（平方米） 14.1 15 约束性'];
    for (const sentence of ['城区 新建 口袋公园 12 个', '绿道 新增 35 公里', '到 2028 年，建成 口袋公园 40 个', '全市 累计 建成 绿道 35 公里']) {
      const [t, ...rest] = findTables([...head, sentence].join('\n'), grammars().tables);
      expect(rest).toEqual([]);
      expect(t?.rows.map(texts)).toEqual([['人均公园绿地面积（平方米）', '14.1', '15', '约束性']]);
    }
    // Nor a sentence's 年，… joined to its year as a header cell.
    expect(findTables(['到 2028 年，全市 公园 达到 120 处', '城区 新建 12 个'].join('\n'), grammars().tables)).toEqual([]);
  });

  it('should not support a form whose labels are letter-spaced (姓  名)', () => {
    expect(findTables('• 姓  名*\n• 邮  箱\n• 标  题*\n', grammars().tables)).toEqual([]);
    expect(findTables('单  位    联系电话    职  务\n姓  名    出生年月    民  族\n', grammars().tables)).toEqual([]);
  });

  it('should support a table aligned by runs of spaces with row numbers, values and units of one character', () => {
    const src = ['序号    指标名称    单位    2020年    2025年    属性', '1    公路总里程    公里    2316    2500    预期性', '2    农村公路优良中等路率    %    78    ≥85    约束性', '3    客运站    个    6    8    预期性'].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(t?.rows.map(texts)).toEqual([
      ['1', '公路总里程', '公里', '2316', '2500', '预期性'],
      ['2', '农村公路优良中等路率', '%', '78', '≥85', '约束性'],
      ['3', '客运站', '个', '6', '8', '预期性'],
    ]);
  });

  it('should support a row aligned by runs of spaces whose one-character unit stands beside a dash for no value (个  —)', () => {
    // A table writes — (or -, /) in a cell that has no value; a dash is no letter, so 个 beside it is no letter-spaced word.
    const src = ['序号    指标    单位    2025年    2030年    属性', '1    养老机构护理型床位占比    %    55    ≥65    约束性', '2    新建社区食堂    个    —    〔40〕    预期性', '3    老年大学学员人数    万人    1.8    2.6    预期性'].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(t?.rows.map(texts)).toEqual([
      ['1', '养老机构护理型床位占比', '%', '55', '≥65', '约束性'],
      ['2', '新建社区食堂', '个', '—', '〔40〕', '预期性'],
      ['3', '老年大学学员人数', '万人', '1.8', '2.6', '预期性'],
    ]);
    for (const dash of ['-', '/']) expect(findTables(src.replace('—', dash), grammars().tables)[0]?.rows).toHaveLength(3);
  });

  it('should not support letter-spaced labels beside a dash as a row (姓  名  —)', () => {
    expect(findTables('单  位    联系电话    职  务\n姓  名    —    民  族\n', grammars().tables)).toEqual([]);
  });

  it('should not support a PDF paragraph with wide gaps inside its sentences', () => {
    const src = '各地要结合实际，  制定具体实施方案，明确任务分工和时间进度，  确保各项措施落实到位。\n加强督导检查，  及时通报工作进展情况，对工作不力的地区和单位进行约谈。\n';
    expect(findTables(src, grammars().tables)).toEqual([]);
  });

  it('should not support answer options of a questionnaire parted by spaces', () => {
    expect(findTables('1.您的年龄\n①18岁以下  ②18-30岁\n③31-45岁  ④46岁以上\n', grammars().tables)).toEqual([]);
    expect(findTables('□是    □否\n□满意  □不满意\n', grammars().tables)).toEqual([]);
  });

  it('should stay linear on one very long line', () => {
    const long = '指标\t'.repeat(10) + '很长的一句话，'.repeat(200_000);
    const started = performance.now();
    findTables(`${long}\n${long}\n`, grammars().tables);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('findTables: a space-aligned row with a long indicator name', () => {
  it('should support one name cell past 20 characters beside a row of values', () => {
    const src = [
      '表2　分年度目标',
      '指标    单位    2025年    2027年    属性',
      '家庭医生签约服务覆盖率    %    45    50    预期性',
      '二级以上综合医院设置老年医学科并开展多学科联合诊疗服务的比例    %    60    ≥80    预期性',
      '托位数    个    3200    4000    预期性',
      '三、重点任务',
    ].join('\n');
    const [t, ...rest] = findTables(src, grammars().tables);
    expect(rest).toEqual([]);
    expect(t?.rows.map(texts)).toEqual([
      ['家庭医生签约服务覆盖率', '%', '45', '50', '预期性'],
      ['二级以上综合医院设置老年医学科并开展多学科联合诊疗服务的比例', '%', '60', '≥80', '预期性'],
      ['托位数', '个', '3200', '4000', '预期性'],
    ]);
  });
  it('should not support a wide gap inside a sentence, or two long cells, as a row', () => {
    const sentence = ['指标    单位    2025年    2027年', '到2027年，全市家庭医生签约服务覆盖率达到50%    重点人群签约服务覆盖率达到80%以上    %    60'].join('\n');
    expect(findTables(sentence, grammars().tables).flatMap((t) => t.rows.map(texts))).toEqual([]);
    const twoLong = ['指标    单位    2025年    2027年', '二级以上综合医院设置老年医学科并开展联合诊疗的比例    城乡居民达到国民体质测定标准合格以上的人数比例    60    80'].join('\n');
    expect(findTables(twoLong, grammars().tables).flatMap((t) => t.rows.map(texts))).toEqual([]);
  });
});

describe('findTables: a header of two rows under merged group cells', () => {
  const header = (src: string) => {
    const [t] = findTables(src, grammars().tables);
    return { header: (t?.header ?? []).map((c) => (c.measure ? `${c.text}{${c.measure}}` : c.text)), rows: t?.rows.map(texts) };
  };
  const body = ['城东区\t3.1\t≤3\t52\t≥55', '北坡县\t2.8\t≤2.7\t60\t≥62'];

  it('should support a measure over its years (地区 | measure A（unit） | measure B（unit） over the years), TAB-separated', () => {
    const src = ['附件', '各县区目标', '县区\t失业率（%）\t参保比例（%）', '2024年实际\t2025年目标\t2024年实际\t2025年目标', ...body, '二、保障措施'].join('\n');
    expect(header(src)).toEqual({
      header: ['县区', '失业率（%）2024年实际{失业率（%）}', '失业率（%）2025年目标{失业率（%）}', '参保比例（%）2024年实际{参保比例（%）}', '参保比例（%）2025年目标{参保比例（%）}'],
      rows: body.map((r) => r.split('\t')),
    });
  });

  it('should support the copy that kept the merged cells\' places (an empty cell after each group, one under the spanning cell)', () => {
    const src = ['县区\t失业率（%）\t\t参保比例（%）\t', '\t2024年实际\t2025年目标\t2024年实际\t2025年目标', ...body, '二、保障措施'].join('\n');
    expect(header(src).header).toEqual(['县区', '失业率（%）2024年实际{失业率（%）}', '失业率（%）2025年目标{失业率（%）}', '参保比例（%）2024年实际{参保比例（%）}', '参保比例（%）2025年目标{参保比例（%）}']);
  });

  it('should support years over a role and an attribute (序号 | 指标 | 2025年 | 2030年 over 目标值 | 属性)', () => {
    const src = ['序号\t指标\t2025年\t2030年', '目标值\t属性\t目标值\t属性', '1\t人均公园绿地面积（平方米）\t14\t预期性\t15\t预期性', '2\t城市绿地率（%）\t38\t约束性\t40\t约束性'].join('\n');
    expect(header(src).header).toEqual(['序号', '指标', '2025年目标值', '2025年属性', '2030年目标值', '2030年属性']);
  });

  it('should support the same measures repeated under each year (地区 | 2024年 | 2025年 over measure A | measure B, twice)', () => {
    const src = ['地区\t2024年\t2025年', '失业率（%）\t参保比例（%）\t失业率（%）\t参保比例（%）', '城东区\t3.1\t52\t≤3\t≥55'].join('\n');
    expect(header(src).header).toEqual(['地区', '2024年失业率（%）{失业率（%）}', '2024年参保比例（%）{参保比例（%）}', '2025年失业率（%）{失业率（%）}', '2025年参保比例（%）{参保比例（%）}']);
  });

  it('should support the two rows aligned by spaces under a caption that holds a header word (各县区…目标), and parted by blank lines', () => {
    const spaced = ['附件', '各县区就业目标', '县区    失业率（%）    参保比例（%）', '2024年实际    2025年目标    2024年实际    2025年目标', '城东区    3.1    ≤3    52    ≥55', '北坡县    2.8    ≤2.7    60    ≥62'].join('\n');
    const blanks = ['县区\t失业率（%）\t参保比例（%）', '', '2024年实际\t2025年目标\t2024年实际\t2025年目标', '', ...body.join('\n\n').split('\n')].join('\n');
    const want = ['县区', '失业率（%）2024年实际{失业率（%）}', '失业率（%）2025年目标{失业率（%）}', '参保比例（%）2024年实际{参保比例（%）}', '参保比例（%）2025年目标{参保比例（%）}'];
    expect(header(spaced)).toEqual({ header: want, rows: body.map((r) => r.split('\t')) });
    expect(header(blanks)).toEqual({ header: want, rows: body.map((r) => r.split('\t')) });
  });

  it('should support the two rows flattened one cell a line (the groups, then their sub-columns, then the rows)', () => {
    const src = ['附件', '各县区就业目标', '县区', '失业率（%）', '参保比例（%）', '2024年实际', '2025年目标', '2024年实际', '2025年目标', ...body.flatMap((r) => r.split('\t')), '二、保障措施', '加强领导。'].join('\n');
    expect(header(src)).toEqual({
      header: ['县区', '失业率（%）2024年实际{失业率（%）}', '失业率（%）2025年目标{失业率（%）}', '参保比例（%）2024年实际{参保比例（%）}', '参保比例（%）2025年目标{参保比例（%）}'],
      rows: body.map((r) => r.split('\t')),
    });
  });

  it('should not support one group over all the sub-columns, or a group cell that heads a column of its own (指标, 单位)', () => {
    const one = ['县区\t失业率（%）', '2024年实际\t2025年目标', '城东区\t3.1\t≤3'].join('\n');
    const name = ['序号\t指标\t单位', '目标值\t属性\t目标值\t属性', '1\t3.1\t预期性\t3\t预期性'].join('\n');
    expect(header(one).header).toEqual(['县区', '失业率（%）']);
    expect(header(name).header).toEqual(['序号', '指标', '单位']);
  });

  it('should not support a second row whose cells do not split evenly among the groups', () => {
    const src = ['县区\t失业率（%）\t参保比例（%）\t就业人数（万人）', '2024年实际\t2025年目标\t2024年实际\t2025年目标', '城东区\t3.1\t≤3\t52\t≥55'].join('\n');
    expect(header(src).header).toEqual(['县区', '失业率（%）', '参保比例（%）', '就业人数（万人）']);
  });

  it('should not support a second row of values, or of names that are neither header cells nor repeated', () => {
    const values = ['县区\t失业率（%）\t参保比例（%）', '3.1\t≤3\t52\t≥55', '城东区\t3.1\t≤3\t52\t≥55'].join('\n');
    const names = ['县区\t失业率（%）\t参保比例（%）', '城东片\t城西片\t南部片\t北部片', '城东区\t3.1\t≤3\t52\t≥55'].join('\n');
    expect(header(values).header).toEqual(['县区', '失业率（%）', '参保比例（%）']);
    expect(header(names).header).toEqual(['县区', '失业率（%）', '参保比例（%）']);
  });
});
