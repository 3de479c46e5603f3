// Indicator tables read row × column, through the whole pipeline: every value cell is one item,
// and the sentence reader does not read the cells again.
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const items = documentItems;

const HEAD = '某市卫生健康事业发展“十四五”规划\n一、发展目标\n到2025年，主要指标如下。\n';

describe('indicator tables', () => {
  it('should support 指标名称 / 单位 / 2020年 / 2025年 / 属性, one cell per line', async () => {
    const text = `${HEAD}表1 主要发展指标\n指标名称\n单位\n2020年\n2025年\n属性\n人均预期寿命\n岁\n78.3\n79\n预期性\n孕产妇死亡率\n/10万\n7.5\n≤7\n约束性\n二、主要任务\n加强队伍建设。\n`;
    expect(await items(text)).toEqual([
      '人均预期寿命|78.3|岁|=|baseline|2020|"78.3"',
      '人均预期寿命|79|岁|=|target|2025|"79"',
      '孕产妇死亡率|7.5|/10万|=|baseline|2020|"7.5"',
      '孕产妇死亡率|7|/10万|<=|target|2025|"≤7"',
    ]);
  });

  it('should support a target cell that writes its basis or manner before its verb (同比增长8%, 较上年下降5%), one cell per line', async () => {
    const head = '某市交通运输局2027年工作要点\n一、主要目标\n全年交通运输主要目标如下。\n附件\n2027年重点目标任务分解表\n';
    const text = `${head}序号\n目标任务\n目标值\n牵头科室\n完成时限\n1\n公路货运量\n同比增长6%\n运输科\n12月底前\n2\n道路运输事故死亡人数\n较上年下降5%\n安全科\n12月底前\n3\n农村客运班线通达率\n≥98%\n运输科\n10月底前\n`;
    expect(await items(text)).toEqual([
      '公路货运量|6|%|=|change|2027|"同比增长6%"',
      '道路运输事故死亡人数|5|%|=|change|2027|"较上年下降5%"',
      '农村客运班线通达率|98|%|>=|target|2027|"≥98%"',
    ]);
  });

  it('should support a single-spaced table of PDF text whose years and bound signs stand apart (2020 年, ≥ 90)', async () => {
    const text = '某市园林绿化“十四五”规划\n一、发展目标\n到 2025 年，主要指标如下。\n专栏 1 主要指标\n指标 2020 年 2025 年 属性\n人均公园绿地面积（平方米） 14.1 15 约束性\n城市公园绿地服务半径覆盖率（%） 82.5 ≥ 90 预期性\n二、主要任务\n加强绿地建设。\n';
    expect(await items(text)).toEqual([
      '人均公园绿地面积|14.1|平方米|=|baseline|2020|"14.1"',
      '人均公园绿地面积|15|平方米|=|target|2025|"15"',
      '城市公园绿地服务半径覆盖率|82.5|%|=|baseline|2020|"82.5"',
      '城市公园绿地服务半径覆盖率|90|%|>=|target|2025|"≥ 90"',
    ]);
  });

  it('should support a dash in the 单位 column as a row whose values have no unit (a ratio)', async () => {
    const text = `${HEAD}表1 主要发展指标\n指标名称\t单位\t2025年\t2030年\t属性\n城乡居民收入比\t—\t1.9\t1.8\t预期性\n森林覆盖率\t%\t61\t62\t约束性\n二、主要任务\n加强队伍建设。\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 3).join('|'))).toEqual(['城乡居民收入比|1.9|', '城乡居民收入比|1.8|', '森林覆盖率|61|%', '森林覆盖率|62|%']);
  });

  it('should support a header cell whose bracketed note a narrow column set on its own line (年均增长 / 〔累计〕), one cell per line', async () => {
    const head = '某市国民经济和社会发展第十五个五年规划纲要\n一、发展目标\n到2030年，主要指标如下。\n';
    const text = `${head}表1 主要指标\n序号\n指标\n2025年\n2030年\n年均增长\n〔累计〕\n属性\n1\n地区生产总值（亿元）\n2868\n—\n5.5左右\n预期性\n2\n人均预期寿命（岁）\n79.1\n80\n〔0.9〕\n预期性\n二、主要任务\n加强队伍建设。\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 6).join('|'))).toEqual([
      '地区生产总值|2868|亿元|=|baseline|2025',
      '地区生产总值|5.5|%|~|target|2030',
      '人均预期寿命|79.1|岁|=|baseline|2025',
      '人均预期寿命|80|岁|=|target|2030',
      '人均预期寿命|0.9|岁|=|change|2030',
    ]);
  });
  it('should support 序号 / 指标 / 目标值 in blank-separated cells, with units inside the cells and a bracketed name unit', async () => {
    const text = `${HEAD}\n序号\n\n指标\n\n目标值\n\n1\n\n健康素养水平\n\n≥30％\n\n2\n\n千人口床位数（张）\n\n6.5\n\n3\n\n河湖水面积\n\n128.9\n平方公里\n\n注：1. 带≥的为下限值。\n2. 床位数含民营医院。\n`;
    expect(await items(text)).toEqual([
      '健康素养水平|30|%|>=|target|null|"≥30％"',
      '千人口床位数|6.5|张|=|target|null|"6.5"',
      '河湖水面积|128.9|平方公里|=|target|null|"128.9\\n平方公里"',
    ]);
  });

  it('should support cumulative cells in full-width square brackets (［6］) as 〔〕 and [ ] cells', async () => {
    const text = `${HEAD}指标\t单位\t2020年\t2025年\n新建充电桩\t万个\t［1.2］\t［6］\n单位地区生产总值能耗降低\t%\t〔17.1〕\t〔13.5〕\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 5).join('|'))).toEqual([
      '新建充电桩|1.2|万个|=|baseline',
      '新建充电桩|6|万个|=|target',
      '单位地区生产总值能耗降低|17.1|%|=|baseline',
      '单位地区生产总值能耗降低|13.5|%|=|target',
    ]);
  });

  it('should support a compound unit with a slash in a row name\'s trailing bracket (浓度（微克/立方米）)', async () => {
    const text = `${HEAD}指标\t2020年\t2025年\n细颗粒物（PM2.5）浓度（微克/立方米）\t33\t30\n供电煤耗（克标准煤/千瓦时）\t302\t297\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 3).join('|'))).toEqual([
      '细颗粒物（PM2.5）浓度|33|微克/立方米',
      '细颗粒物（PM2.5）浓度|30|微克/立方米',
      '供电煤耗|302|克标准煤/千瓦时',
      '供电煤耗|297|克标准煤/千瓦时',
    ]);
  });
  it('should not support a long bracketed note at the end of a row name as its unit', async () => {
    const text = `${HEAD}指标\t2020年\t2025年\n养老机构护理型床位占比（按常住人口计算）\t40\t55\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 3).join('|'))).toEqual(['养老机构护理型床位占比|40|%', '养老机构护理型床位占比|55|%']);
  });

  it('should support percent for a growth column that names no unit (年均增长〔累计〕), the row\'s unit for its bracketed cells (cumulative changes)', async () => {
    const text = `${HEAD}指标\t单位\t2020年\t2025年\t年均增长〔累计〕\n地区生产总值\t亿元\t1850\t2600\t7左右\n常住人口城镇化率\t%\t68.5\t72\t〔3.5〕\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 5).join('|'))).toEqual([
      '地区生产总值|1850|亿元|=|baseline',
      '地区生产总值|2600|亿元|=|target',
      '地区生产总值|7|%|~|target',
      '常住人口城镇化率|68.5|%|=|baseline',
      '常住人口城镇化率|72|%|=|target',
      '常住人口城镇化率|3.5|%|=|change',
    ]);
  });
  it('should not support percent for a cumulative column that is no growth rate (累计新增)', async () => {
    const text = `${HEAD}指标\t单位\t2020年\t2025年\t累计新增\n农村公路\t公里\t1200\t1500\t300\n`;
    expect((await items(text)).map((s) => s.split('|').slice(1, 3).join('|'))).toEqual(['1200|公里', '1500|公里', '300|公里']);
  });

  it('should support a negative cell (-0.8) as a negative value, not an empty cell', async () => {
    const text = `${HEAD}指标\t单位\t2020年\t2025年\n煤炭消费量年均增速\t%\t-0.8\t-1.5\n人口自然增长率\t‰\t-\t2.1\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 5).join('|'))).toEqual([
      '煤炭消费量年均增速|-0.8|%|=|baseline',
      '煤炭消费量年均增速|-1.5|%|=|target',
      '人口自然增长率|2.1|‰|=|target',
    ]);
  });

  it('should support a baseline column named 现状 and a yearly-average column 年均增长 (a target of the target column\'s year, as 年均增长6% in a sentence)', async () => {
    const text = `${HEAD}指标\t现状值（2020年）\t2025年目标\t年均增长\n卫生总费用（亿元）\t120\t160\t6%\n`;
    expect(await items(text)).toEqual([
      '卫生总费用|120|亿元|=|baseline|2020|"120"',
      '卫生总费用|160|亿元|=|target|2025|"160"',
      '卫生总费用|6|%|=|target|2025|"6%"',
    ]);
  });

  it('should support the unit a growth column names (年均增长（%）) over the row\'s 单位, and the row\'s unit for a bracketed cumulative change', async () => {
    const text = `${HEAD}类别\t指标\t单位\t2020年\t2025年\t年均增长（%）\t属性\n经济发展\t地区生产总值\t亿元\t250\t360\t7.5\t预期性\n民生福祉\t人均预期寿命\t岁\t78.5\t79.5\t[1]\t预期性\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 5).join('|'))).toEqual([
      '地区生产总值|250|亿元|=|baseline',
      '地区生产总值|360|亿元|=|target',
      '地区生产总值|7.5|%|=|target',
      '人均预期寿命|78.5|岁|=|baseline',
      '人均预期寿命|79.5|岁|=|target',
      '人均预期寿命|1|岁|=|change',
    ]);
  });
  it('should not support a bracket of a baseline or target column header as a unit over the row\'s 单位', async () => {
    const text = `${HEAD}指标\t单位\t2020年（基期）\t2025年（目标）\n地区生产总值\t亿元\t250\t360\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 3).join('|'))).toEqual(['地区生产总值|250|亿元', '地区生产总值|360|亿元']);
  });
  it('should not support the cells of a quota table of regions × measures (it splits the plan\'s targets; its rows name no indicator)', async () => {
    const text = `${HEAD}附件\n各区任务分解表\n地区\n签约人数（万人）\n签约率（%）\n东城区\n12.5\n75\n西城区\n15\n≥78\n`;
    expect(await items(text)).toEqual([]);
  });
  it('should not support the cells of a quota table whose place column is headed 县市区 (TAB-separated, with a 合计 row)', async () => {
    const text = `${HEAD}各地年度任务分配如下：\n县市区\t新建床位（张）\t培训人数\n甲县\t120\t300\n乙区\t80\t260\n合计\t200\t560\n二、保障措施\n加强领导。\n`;
    expect(await items(text)).toEqual([]);
  });
  it('should not support the cells of a quota table headed 县（区） or 镇（街道）, one cell per line', async () => {
    const county = `${HEAD}附件\n县（区）\n改造户数（户）\n投资（万元）\n东湖县\n350\n420\n西岭区\n280\n330\n`;
    const town = `${HEAD}附件\n镇（街道）\n新建站点（个）\n覆盖率（%）\n城南街道\n6\n95\n石门镇\n4\n90\n`;
    expect(await items(county)).toEqual([]);
    expect(await items(town)).toEqual([]);
  });
  it('should not support the cells of a table whose named rows are all divisions and their 合计 (a quota table under any header)', async () => {
    const tab = `${HEAD}附件\n序号\t名称\t新建幼儿园（所）\t新增学位（个）\n1\t临江区\t3\t900\n2\t青山县\t2\t540\n3\t合计\t5\t1440\n`;
    const lines = `${HEAD}附件\n名称\n改造户数（户）\n培训人次\n红旗街道\n320\n600\n城关镇\n210\n450\n合计\n530\n1050\n`;
    expect(await items(tab)).toEqual([]);
    expect(await items(lines)).toEqual([]);
  });
  it('should support a table of each place\'s own levels, with no sum row (设区市 × PM2.5浓度 / 优良天数比率)', async () => {
    const text = `${HEAD}各地目标如下：\n城市\tPM2.5浓度（微克/立方米）\t优良天数比率（%）\n临江市\t≤33\t≥88\n青山市\t≤35\t≥86\n全省\t≤34\t≥87\n`;
    expect((await items(text)).map((s) => s.split('|').slice(1, 4).join('|'))).toEqual(['33|微克/立方米|<=', '88|%|>=', '35|微克/立方米|<=', '86|%|>=', '34|微克/立方米|<=', '87|%|>=']);
  });
  it('should support a table of each place\'s own levels under a place column (区县 × rates, no sum row)', async () => {
    const text = `${HEAD}各地目标如下：\n区县\t城市生活垃圾回收利用率（%）\t污水集中收集率（%）\n东湖县\t≥40\t≥75\n北岭区\t≥42\t≥78\n二、保障措施\n加强领导。\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 4).join('|'))).toEqual(['东湖县城市生活垃圾回收利用率|40|%|>=', '东湖县污水集中收集率|75|%|>=', '北岭区城市生活垃圾回收利用率|42|%|>=', '北岭区污水集中收集率|78|%|>=']);
  });
  it('should not support a place table of rates with a row that sums the places, or beside an amount (a quota table)', async () => {
    const summed = `${HEAD}附件\n区县\t签约率（%）\n东湖县\t75\n北岭区\t78\n合计\t76\n`;
    const amount = `${HEAD}附件\n区县\t签约率（%）\t签约人数（人）\n东湖县\t75\t3000\n北岭区\t78\t4200\n`;
    expect(await items(summed)).toEqual([]);
    expect(await items(amount)).toEqual([]);
  });
  it('should support a header of two rows under merged cells: each place\'s measure, its unit from the group, its year and kind from the sub-column', async () => {
    const head = '某县2025年水环境治理工作计划\n一、工作目标\n到2025年，各地目标如下。\n';
    const text = `${head}附件\n各乡镇水环境目标\n乡镇\t水质达标率（%）\t化学需氧量浓度（毫克/升）\n2024年实际\t2025年目标\t2024年实际\t2025年目标\n青石镇\t85\t≥90\t18.2\t≤17\n柳溪乡\t88\t≥92\t16.5\t≤16\n二、主要任务\n加强管控。\n`;
    expect(await items(text)).toEqual([
      '青石镇水质达标率|85|%|=|baseline|2024|"85"',
      '青石镇水质达标率|90|%|>=|target|2025|"≥90"',
      '青石镇化学需氧量浓度|18.2|毫克/升|=|baseline|2024|"18.2"',
      '青石镇化学需氧量浓度|17|毫克/升|<=|target|2025|"≤17"',
      '柳溪乡水质达标率|88|%|=|baseline|2024|"88"',
      '柳溪乡水质达标率|92|%|>=|target|2025|"≥92"',
      '柳溪乡化学需氧量浓度|16.5|毫克/升|=|baseline|2024|"16.5"',
      '柳溪乡化学需氧量浓度|16|毫克/升|<=|target|2025|"≤16"',
    ]);
  });
  it('should support a header of two rows whose years span a target and an attribute (2025年 | 2030年 over 目标值 | 属性)', async () => {
    const head = '某市城市绿化“十五五”规划\n一、发展目标\n到2030年，主要指标如下。\n';
    const text = `${head}表1 主要指标\n序号\t指标\t单位\t2025年\t2030年\n目标值\t属性\t目标值\t属性\n1\t城市绿地率\t%\t38\t约束性\t≥40\t约束性\n二、主要任务\n加强管控。\n`;
    expect(await items(text)).toEqual(['城市绿地率|38|%|=|baseline|2025|"38"', '城市绿地率|40|%|>=|target|2030|"≥40"']);
  });
  it('should support an indicator table whose rows are indicators, also one ending like a division or with a total row', async () => {
    const text = `${HEAD}指标\t2020年\t2025年\n建成区绿化覆盖率（%）\t40\t43\n省级森林城镇（个）\t2\t6\n合计\t—\t—\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 3).join('|'))).toEqual(['建成区绿化覆盖率|40|%', '建成区绿化覆盖率|43|%', '省级森林城镇|2|个', '省级森林城镇|6|个']);
  });
  it('should support an indicator table with a 县市区 column beside its 指标名称 column (the place only groups rows)', async () => {
    const text = `${HEAD}县市区\t指标名称\t2020年\t2025年\n甲县\t森林覆盖率（%）\t60\t62\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 3).join('|'))).toEqual(['森林覆盖率|60|%', '森林覆盖率|62|%']);
  });
  it('should support an indicator table with a place column beside its 指标名称 column (the place only groups rows)', async () => {
    const text = `${HEAD}区域\t指标名称\t单位\t2020年\t2025年\n城区\t建成区绿化覆盖率\t%\t38\t42\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 3).join('|'))).toEqual(['建成区绿化覆盖率|38|%', '建成区绿化覆盖率|42|%']);
  });
  it('should support the sentence cells of a quota table\'s text column', async () => {
    const text = `${HEAD}附件\n乡镇\t新建面积（万亩）\t备注\n城关镇\t0.8\t到2025年建成高标准农田示范区2个。\n`;
    expect((await items(text)).map((s) => s.split('|').slice(1, 3).join('|'))).toEqual(['2|个']);
  });

  it('should support a sentence in a text cell, read by the sentence reader', async () => {
    const text = `${HEAD}部门\t任务\t时限\n卫健局\t到2025年建成5个区域医疗中心。\t2025年\n`;
    const got = await items(text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/\|5\|个\|/u);
  });

  it('should not support a comparator from the 属性 column (预期性/约束性)', async () => {
    const text = `${HEAD}指标\n2025年\n属性\n健康素养水平\n30%\n约束性\n婴儿死亡率\n5‰\n预期性\n`;
    expect((await items(text)).map((s) => s.split('|')[3])).toEqual(['=', '=']);
  });

  it('should not support items from empty cells, the 序号 column, the 单位 column or text cells without numbers', async () => {
    const text = `${HEAD}序号\t指标\t单位\t2020年\t2025年\t备注\n1\t健康素养水平\t%\t/\t30\t新增指标\n2\t家庭医生签约服务覆盖率\t%\t—\t—\t暂不设目标\n`;
    expect(await items(text)).toEqual(['健康素养水平|30|%|=|target|2025|"30"']);
  });

  it('should not support a second reading of the cells by the sentence reader', async () => {
    const text = `${HEAD}指标\n2020年\n2025年\n城镇污水处理率\n95%\n≥99%\n`;
    expect(await items(text)).toHaveLength(2);
  });

  it('should support cumulative values in 〔〕 and a phrase cell (提高2个百分点) in a change column', async () => {
    const text = `${HEAD}指标\t2020年\t2025年\t累计变化\n新增城镇就业人数（万人）\t45\t〔250〕\t—\n健康素养水平\t25%\t30%\t提高5个百分点\n`;
    expect(await items(text)).toEqual([
      '新增城镇就业人数|45|万人|=|baseline|2020|"45"',
      '新增城镇就业人数|250|万人|=|target|2025|"250"',
      '健康素养水平|25|%|=|baseline|2020|"25%"',
      '健康素养水平|30|%|=|target|2025|"30%"',
      '健康素养水平|5|个百分点|=|change|null|"提高5个百分点"',
    ]);
  });

  it('should support a long table one cell per line followed by numbered notes, which are not read as cells', async () => {
    const rows = ['人均预期寿命', '岁', '78.3', '79', '预期性', '婴儿死亡率', '‰', '3.2', '≤5', '约束性', '5岁以下儿童死亡率', '‰', '4.1', '≤6', '约束性', '重大慢性病过早死亡率', '%', '15.6', '≤15', '预期性'];
    const text = `${HEAD}指标\n单位\n2020年\n2025年\n属性\n${rows.join('\n')}\n注：\n1.婴儿死亡率为2020年监测数。\n2.过早死亡率指30—70岁人群因慢性病死亡的概率。\n`;
    const got = await items(text);
    expect(got.map((s) => s.split('|').slice(0, 5).join('|'))).toEqual([
      '人均预期寿命|78.3|岁|=|baseline', '人均预期寿命|79|岁|=|target',
      '婴儿死亡率|3.2|‰|=|baseline', '婴儿死亡率|5|‰|<=|target',
      '5岁以下儿童死亡率|4.1|‰|=|baseline', '5岁以下儿童死亡率|6|‰|<=|target',
      '重大慢性病过早死亡率|15.6|%|=|baseline', '重大慢性病过早死亡率|15|%|<=|target',
    ]);
  });

  it('should support a 类别 column kept only in each group\'s first row (rows right-aligned to the columns)', async () => {
    const text = `${HEAD}类别\n指标\n2020年\n2025年\n属性\n健康水平\n人均预期寿命（岁）\n77.9\n提高1岁\n预期性\n婴儿死亡率（‰）\n5.4\n＜5.2\n预期性\n健康服务\n个人卫生支出占卫生总费用的比重（%）\n27.7\n持续下降\n约束性\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 5).join('|'))).toEqual([
      '人均预期寿命|77.9|岁|=|baseline',
      '人均预期寿命|1|岁|=|change',
      '婴儿死亡率|5.4|‰|=|baseline',
      '婴儿死亡率|5.2|‰|<=|target',
      '个人卫生支出占卫生总费用的比重|27.7|%|=|baseline',
    ]);
  });

  it('should support a row that lost the empty cell of a last 备注 column (rows left-aligned when only that puts numbers under the years)', async () => {
    const text = `${HEAD}序号\t指标\t2020年\t2025年\t备注\n1\t人均体育场地面积（平方米）\t2.1\t2.6\t\n2\t经常参加体育锻炼人数比例（%）\t37\t≥40\t含学生\n二、主要任务\n加强队伍建设。\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 6).join('|'))).toEqual([
      '人均体育场地面积|2.1|平方米|=|baseline|2020',
      '人均体育场地面积|2.6|平方米|=|target|2025',
      '经常参加体育锻炼人数比例|37|%|=|baseline|2020',
      '经常参加体育锻炼人数比例|40|%|>=|target|2025',
    ]);
  });

  it('should support the plan year for a growth column that names none (增长) in an annual plan, as for its target column', async () => {
    const text = '某县2026年国民经济和社会发展计划\n一、主要预期目标\n指标\t单位\t2025年\t目标\t增长\n地区生产总值\t亿元\t320\t340\t6%左右\n城镇新增就业\t人\t5200\t5500\t—\n二、重点工作\n加强项目建设。\n';
    expect((await items(text)).map((s) => s.split('|').slice(0, 6).join('|'))).toEqual([
      '地区生产总值|320|亿元|=|baseline|2025',
      '地区生产总值|340|亿元|=|target|2026',
      '地区生产总值|6|%|~|change|2026',
      '城镇新增就业|5200|人|=|baseline|2025',
      '城镇新增就业|5500|人|=|target|2026',
    ]);
  });

  it('should not support the cells of a quota table attached after the plan: a 单位： line, a 单位 column of organisations, a 合计 row', async () => {
    const text = `${HEAD}附件\n2024年家庭医生签约任务分配表\n单位：人\n单位\t签约任务\t重点人群\n城关镇卫生院\t3000\t1200\n河西镇卫生院\t2500\t900\n合计\t5500\t2100\n`;
    expect(await items(text)).toEqual([]);
  });

  it('should not support a list parted by tabs whose header names no column', async () => {
    const text = `${HEAD}附件\n张三\t13800000000\t主任\n李四\t13900000000\t副主任\n`;
    expect(await items(text)).toEqual([]);
  });

  it('should not support items from the numbered notes under a table', async () => {
    const text = `${HEAD}指标\n2020年\n2025年\n属性\n人均预期寿命（岁）\n78\n79\n预期性\n婴儿死亡率（‰）\n5\n4.5\n约束性\n注：\n1.〔〕内为5年累计数。\n2.婴儿死亡率不超过5‰为达标。\n二、主要任务\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 2).join('|'))).toEqual(['人均预期寿命|78', '人均预期寿命|79', '婴儿死亡率|5', '婴儿死亡率|4.5']);
  });

  it('should support sentences in the text columns of a task table', async () => {
    const text = `${HEAD}序号\t重点任务\t责任单位\t完成时限\n1\t建设区域医疗中心，到2025年建成5个。\t市卫健委\t2025年\n2\t推进医共体建设\t各区县\t2024年\n`;
    const got = await items(text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/\|5\|个\|/u);
  });

  it('should not support the counts of a task division (牵头单位 / 完成时限) that the plan\'s text states too', async () => {
    const body = `${HEAD}新建改造分类投放点2000个，建设再生资源分拣中心3个，分类投放点设置率达到95%以上。\n`;
    const sentences = `附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t完成时限\n1\t新建改造分类投放点2000个，配备运输车辆120辆\t市城管委\t2026年底前\n2\t建设再生资源分拣中心3个\t市商务局\t2026年6月底前\n`;
    const targets = `附件\n重点任务分解表\n序号\t重点任务\t目标\t牵头单位\t完成时限\n1\t新建改造分类投放点\t2000个\t市城管委\t2026年底前\n2\t建设再生资源分拣中心\t3个\t市商务局\t2026年底前\n`;
    const plain = (await items(body)).map((s) => s.split('|').slice(1, 3).join('|'));
    expect(plain).toEqual(['2000|个', '3|个', '95|%']);
    // A count only the table states (配备运输车辆120辆) is still read.
    expect((await items(body + sentences)).map((s) => s.split('|').slice(1, 3).join('|'))).toEqual([...plain, '120|辆']);
    expect((await items(body + targets)).map((s) => s.split('|').slice(1, 3).join('|'))).toEqual(plain);
  });

  it('should support the years of a header the page wrapped onto a second line (基期值 / （2020年）), with no item from them', async () => {
    const text = `${HEAD}表1 主要指标\n指标名称            单位    基期值      目标值      属性\n                            （2020年）  （2025年）\n学前教育毛入园率    %       93.6        ≥95         预期性\n九年义务教育巩固率  %       96.8        97.5        约束性\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 6).join('|'))).toEqual([
      '学前教育毛入园率|93.6|%|=|baseline|2020',
      '学前教育毛入园率|95|%|>=|target|2025',
      '九年义务教育巩固率|96.8|%|=|baseline|2020',
      '九年义务教育巩固率|97.5|%|=|target|2025',
    ]);
  });

  it('should support one-cell-per-line header cells whose role the page wrapped under their year (2020年 / （基期）)', async () => {
    const text = `${HEAD}表1 主要指标\n序号\n指标\n单位\n2020年\n（基期）\n2025年\n（目标）\n属性\n1\n学前教育毛入园率\n%\n93.6\n≥95\n预期性\n2\n九年义务教育巩固率\n%\n96.8\n97.5\n约束性\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 6).join('|'))).toEqual([
      '学前教育毛入园率|93.6|%|=|baseline|2020',
      '学前教育毛入园率|95|%|>=|target|2025',
      '九年义务教育巩固率|96.8|%|=|baseline|2020',
      '九年义务教育巩固率|97.5|%|=|target|2025',
    ]);
  });

  it('should support a year header and the role word the page set under it without a bracket (2020年 / 基期值)', async () => {
    for (const seq of [true, false]) {
      const head = [...(seq ? ['序号'] : []), '指标', '单位', '2020年', '基期值', '2025年', '目标值', '属性'];
      const rows = [[...(seq ? ['1'] : []), '学前教育毛入园率', '%', '93.6', '≥95', '预期性'], [...(seq ? ['2'] : []), '九年义务教育巩固率', '%', '96.8', '97.5', '约束性']];
      const text = `${HEAD}表1 主要指标\n${[...head, ...rows.flat()].join('\n')}\n`;
      expect((await items(text)).map((s) => s.split('|').slice(0, 6).join('|'))).toEqual([
        '学前教育毛入园率|93.6|%|=|baseline|2020',
        '学前教育毛入园率|95|%|>=|target|2025',
        '九年义务教育巩固率|96.8|%|=|baseline|2020',
        '九年义务教育巩固率|97.5|%|=|target|2025',
      ]);
    }
  });

  it('should not support a role column before a year column (现状值 / 2025年) as one header cell', async () => {
    const text = `${HEAD}指标\n单位\n现状值\n2025年\n属性\n学前教育毛入园率\n%\n93.6\n≥95\n预期性\n九年义务教育巩固率\n%\n96.8\n97.5\n约束性\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 5).join('|'))).toEqual([
      '学前教育毛入园率|93.6|%|=|baseline',
      '学前教育毛入园率|95|%|>=|target',
      '九年义务教育巩固率|96.8|%|=|baseline',
      '九年义务教育巩固率|97.5|%|=|target',
    ]);
  });

  it('should not support a bracketed value under a year header as part of it', async () => {
    const text = `${HEAD}指标\n2020年\n2025年\n河道水质达标率\n（86.4％）\n100％\n污水处理率\n95％\n99％\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 2).join('|'))).toEqual(['河道水质达标率|86.4', '河道水质达标率|100', '污水处理率|95', '污水处理率|99']);
  });

  it('should not support years and spans of years in a table as values (建设年限 2022—2024年, a 达标年份 cell 2024年)', async () => {
    const projects = `${HEAD}序号\t项目名称\t总投资（亿元）\t建设年限\n1\t城市书房\t1.2\t2022—2024年\n2\t古道修复\t1.8\t2023年\n`;
    expect((await items(projects)).map((s) => s.split('|')[2]).filter((unit) => unit?.startsWith('年'))).toEqual([]);
    const years = `${HEAD}指标\t2025年\t达标年份\n污水处理率\t95%\t2024年底\n受教育年限（年）\t11.2\t2025年\n`;
    expect((await items(years)).map((s) => s.split('|').slice(0, 3).join('|'))).toEqual(['污水处理率|95|%', '受教育年限|11.2|年']);
  });

  it('should support the short phrases of works in a 建设内容 column (改造历史建筑42栋), not the deadlines beside them', async () => {
    const tab = `${HEAD}专栏2 重点项目\n序号\t项目名称\t建设内容\t完成时限\n1\t书院文旅综合体\t改造历史建筑42栋\t2024年底前\n2\t古道修复\t修复古道26公里\t2025年6月\n`;
    const cells = `${HEAD}专栏2 重点项目\n项目名称\n建设内容\n完成时限\n书院文旅综合体\n改造历史建筑42栋\n2024年底前\n古道修复\n修复古道26公里\n2025年6月\n`;
    for (const text of [tab, cells]) expect((await items(text)).map((s) => s.split('|').slice(1, 3).join('|'))).toEqual(['42|栋', '26|公里']);
  });

  it('should support every cell of an indicator table with a 责任单位 column, also those the text states (no task division: it has year columns)', async () => {
    const text = `${HEAD}到2025年，学前教育毛入园率达到95%。\n指标\t2020年\t2025年\t属性\t责任单位\n学前教育毛入园率\t93.6%\t95%\t预期性\t市教育局\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 5).join('|'))).toEqual([
      '学前教育毛入园率|95|%|=|target',
      '学前教育毛入园率|93.6|%|=|baseline',
      '学前教育毛入园率|95|%|=|target',
    ]);
  });

  it('should support row names without the marks a table puts around them (其中：, ——, ★, （1）, a footnote *)', async () => {
    const text = `${HEAD}指标\t单位\t2020年\t2025年\n其中：第三产业增加值\t亿元\t120\t190\n学前教育毛入园率*\t%\t93.6\t95\n★森林覆盖率\t%\t62\t63\n（1）城镇新增就业\t万人\t1.2\t1.5\n——农村自来水普及率\t%\t92\t98\n`;
    expect([...new Set((await items(text)).map((s) => s.split('|')[0]))]).toEqual(['第三产业增加值', '学前教育毛入园率', '森林覆盖率', '城镇新增就业', '农村自来水普及率']);
  });

  it('should support a cumulative column over a span of years (2021—2025年累计) as changes dated by its last year', async () => {
    const text = `${HEAD}指标\t单位\t2020年\t2025年\t2021—2025年累计\n新增城镇就业\t万人\t2.1\t2.5\t〔12〕\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 6).join('|'))).toEqual([
      '新增城镇就业|2.1|万人|=|baseline|2020',
      '新增城镇就业|2.5|万人|=|target|2025',
      '新增城镇就业|12|万人|=|change|2025',
    ]);
  });

  it('should not support a year-end cumulative column (2025年累计) as a change: it is the level of its year', async () => {
    const text = `${HEAD}指标\t单位\t2020年累计\t2025年累计\n累计建成5G基站\t万个\t0.8\t2.5\n`;
    expect((await items(text)).map((s) => s.split('|').slice(4, 6).join('|'))).toEqual(['baseline|2020', 'target|2025']);
  });

  it('should not support the short phrases of a 备注 column (其中新建幼儿园12所): a note describes', async () => {
    const text = `${HEAD}指标\t单位\t2020年\t2025年\t备注\n幼儿园\t所\t45\t60\t其中新建幼儿园12所\n`;
    expect((await items(text)).map((s) => s.split('|').slice(1, 3).join('|'))).toEqual(['45|所', '60|所']);
  });

  it('should support numbered rows under a header with no 序号 cell', async () => {
    const text = `${HEAD}指标\n2020年\n2025年\n1\n健康素养水平\n25％\n30％\n2\n人均预期寿命\n78岁\n79岁\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 3).join('|'))).toEqual(['健康素养水平|25|%', '健康素养水平|30|%', '人均预期寿命|78|岁', '人均预期寿命|79|岁']);
  });

  it('should support a note that dates the bracketed values (括号内数据为2019年…)', async () => {
    const text = `${HEAD}指标\n2020年\n2025年\n河道水质达标率\n（86.4％）\n100％\n污水处理率\n95％\n99％\n注：括号内数据为2019年平均值。\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 6).join('|'))).toEqual([
      '河道水质达标率|86.4|%|=|baseline|2019',
      '河道水质达标率|100|%|=|target|2025',
      '污水处理率|95|%|=|baseline|2020',
      '污水处理率|99|%|=|target|2025',
    ]);
  });
});

describe('indicator tables of an annual plan', () => {
  const ANNUAL = '某市2025年基本公共卫生服务工作要点\n一、主要目标\n';
  it('should support a target column that names no year (目标值) as the plan year, and the 指标 column as the name beside a 项目 column', async () => {
    const text = `${ANNUAL}序号\t项目\t指标\t目标值\n1\t预防接种\t适龄儿童国家免疫规划疫苗接种率\t≥90%\n2\t严重精神障碍患者管理\t严重精神障碍患者规范管理率\t≥85%\n二、保障措施\n加强领导。\n`;
    expect(await items(text)).toEqual([
      '适龄儿童国家免疫规划疫苗接种率|90|%|>=|target|2025|"≥90%"',
      '严重精神障碍患者规范管理率|85|%|>=|target|2025|"≥85%"',
    ]);
  });
  it('should not support the plan year for a target column of a multi-year plan that names none', async () => {
    const text = `${HEAD}序号\t指标\t目标值\n1\t适龄儿童国家免疫规划疫苗接种率\t≥90%\n二、主要任务\n加强队伍建设。\n`;
    expect(await items(text)).toEqual(['适龄儿童国家免疫规划疫苗接种率|90|%|>=|target|null|"≥90%"']);
  });
});

describe('indicator tables whose 指标 cells carry the row number and the unit (1.学前教育毛入园率（%）)', () => {
  const header = ['指标', '2020年', '2025年', '属性'];
  const rows = [
    ['1.学前教育毛入园率（%）', '93.6', '≥95', '预期性'],
    ['2.新增公办幼儿园学位（万个）', '〔2.4〕', '〔3〕', '预期性'],
    ['3.劳动年龄人口平均受教育年限（年）', '10.8', '11.2', '预期性'],
  ];
  const want = [
    '学前教育毛入园率|93.6|%|=|baseline|2020',
    '学前教育毛入园率|95|%|>=|target|2025',
    '新增公办幼儿园学位|2.4|万个|=|baseline|2020',
    '新增公办幼儿园学位|3|万个|=|target|2025',
    '劳动年龄人口平均受教育年限|10.8|年|=|baseline|2020',
    '劳动年龄人口平均受教育年限|11.2|年|=|target|2025',
  ];
  const layouts: Record<string, string> = {
    'one cell per line': [...header, ...rows.flat()].join('\n'),
    'tabs': [header, ...rows].map((r) => r.join('\t')).join('\n'),
    'markdown pipes': [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n'),
    'runs of spaces': [header, ...rows].map((r) => r.join('    ')).join('\n'),
  };
  for (const [name, table] of Object.entries(layouts)) {
    it(`should support the table flattened with ${name}`, async () => {
      const got = await items(`${HEAD}表1 主要指标\n${table}\n二、主要任务\n加强队伍建设。\n`);
      expect(got.map((s) => s.split('|').slice(0, 6).join('|'))).toEqual(want);
    });
  }

  it('should not support a numbered heading whose bracket is no unit as a cell: the table ends before it', async () => {
    const text = `${HEAD}指标\n2020年\n2025年\n学前教育毛入园率（%）\n93.6\n95\n巩固率（%）\n96.8\n97.5\n1.加强组织领导（试行）\n健全工作机制。\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 2).join('|'))).toEqual(['学前教育毛入园率|93.6', '学前教育毛入园率|95', '巩固率|96.8', '巩固率|97.5']);
  });
});

describe('indicator tables whose names end in an abbreviation in brackets (生态质量指数（EQI）)', () => {
  it('should support three or more capitals in the name\'s bracket as no unit, and two (MW) as a unit', async () => {
    const table = ['指标\t2025年\t2030年', '生态质量指数（EQI）\t66.2\t67', '新能源装机容量（MW）\t800\t1500'].join('\n');
    const got = (await items(`${HEAD}表1 主要指标\n${table}\n二、主要任务\n加强队伍建设。\n`)).map((s) => s.split('|').slice(0, 3).join('|'));
    expect(got).toEqual(['生态质量指数|66.2|', '生态质量指数|67|', '新能源装机容量|800|MW', '新能源装机容量|1500|MW']);
  });
  it('should support 级 alone in a name\'s bracket as the unit of a level, and not a grade named in it (（省级）)', async () => {
    const table = ['指标\t2025年\t2030年', '电子病历应用水平平均级别（级）\t4.2\t5', '重点专科数量（省级）\t6\t10'].join('\n');
    const got = (await items(`${HEAD}表1 主要指标\n${table}\n二、主要任务\n加强队伍建设。\n`)).map((s) => s.split('|').slice(0, 3).join('|'));
    expect(got).toEqual(['电子病历应用水平平均级别|4.2|级', '电子病历应用水平平均级别|5|级', '重点专科数量|6|', '重点专科数量|10|']);
  });
});

describe('计划 in a header: a target only as a year’s plan or the whole header', () => {
  const head = '某区2027年城建重点项目推进计划\n一、项目安排\n';
  it('should not support a planned start or completion column (计划开工年份, 计划竣工年份) as a target column that takes the rows’ names', async () => {
    const text = `${head}序号\t项目名称\t新增停车位（个）\t计划开工年份\t计划竣工年份\n1\t人民医院立体停车楼\t600\t2027\t2028\n2\t火车站综合停车场\t450\t2027\t2029\n二、保障措施\n加强调度。\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 3).join('|'))).toEqual(['人民医院立体停车楼新增停车位|600|个', '火车站综合停车场新增停车位|450|个']);
  });
  it('should support a year’s plan (2027年计划值) and the exact header 计划 as target columns', async () => {
    const text = `${head}指标\t2026年完成值\t2027年计划值\n新增停车位（个）\t3200\t4000\n二、保障措施\n加强调度。\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 6).join('|'))).toEqual(['新增停车位|3200|个|=|baseline|2026', '新增停车位|4000|个|=|target|2027']);
    const exact = `${head}指标\t基期\t计划\n新增停车位（个）\t3200\t4000\n二、保障措施\n加强调度。\n`;
    expect((await items(exact)).map((s) => s.split('|').slice(0, 5).join('|'))).toEqual(['新增停车位|3200|个|=|baseline', '新增停车位|4000|个|=|target']);
  });
});

describe('the table of a plan’s execution report (2026年计划 / 2026年预计完成 / 2027年计划)', () => {
  const head = '关于某市2026年国民经济和社会发展计划执行情况与2027年计划草案的报告\n一、2026年计划执行情况\n主要指标完成情况如下。\n';
  it('should support a year’s plan column as its targets and its achieved column beside it as actual levels', async () => {
    const text = `${head}指标\t2026年计划\t2026年实际完成\t2027年计划\n规模以上工业增加值增长（%）\t7左右\t7.4\t6.5左右\n城镇新增就业（万人）\t2.8\t3.05\t2.9\n二、2027年主要任务\n加强运行调度。\n`;
    expect((await items(text)).map((s) => s.split('|').slice(0, 6).join('|'))).toEqual([
      '规模以上工业增加值增长|7|%|~|target|2026',
      '规模以上工业增加值增长|7.4|%|=|actual|2026',
      '规模以上工业增加值增长|6.5|%|~|target|2027',
      '城镇新增就业|2.8|万人|=|target|2026',
      '城镇新增就业|3.05|万人|=|actual|2026',
      '城镇新增就业|2.9|万人|=|target|2027',
    ]);
  });
  it('should not support an achieved column with no plan column of its year as actual: it is the targets’ base', async () => {
    const text = '某县教育事业发展第十五个五年规划\n一、主要指标\n指标\t2025年完成\t2030年目标\n学前三年毛入园率（%）\t96.2\t98\n二、主要任务\n加强队伍建设。\n';
    expect((await items(text)).map((s) => s.split('|').slice(0, 6).join('|'))).toEqual(['学前三年毛入园率|96.2|%|=|baseline|2025', '学前三年毛入园率|98|%|=|target|2030']);
  });
});
