// Markers accepted on sequence evidence, decided for the whole document.
import { describe, expect, it } from 'vitest';
import { outline } from './outline-helpers.js';

describe('sequence evidence', () => {
  it('should not support a lone 一方面 in a sentence as a division', async () => {
    const text = [
      '一、总体要求',
      '一方面，要巩固已有成果，防止出现反弹。',
      '二、重点任务',
      '（一）完善基层服务网络',
      '（二）提升医疗服务质量',
      '三、保障措施',
    ].join('\n');
    expect(await outline(text)).toEqual(['一、 总体要求', '二、 重点任务', '  （一） 完善基层服务网络', '  （二） 提升医疗服务质量', '三、 保障措施']);
  });

  it('should not support 一方面…另一方面 in consecutive sentences as divisions', async () => {
    const text = '一、形势分析\n一方面，服务需求持续增长。\n另一方面，资源配置仍不均衡。\n二、主要任务\n';
    expect(await outline(text)).toEqual(['一、 形势分析', '二、 主要任务']);
  });

  it('should support 一方面…另一方面 as a pair of divisions that each hold numbering', async () => {
    const text = '一方面，要抓实疫情防控。\n（一）强化监测\n（二）强化救治\n另一方面，要统筹推进重点工作。\n（一）补短板\n';
    expect(await outline(text)).toEqual(['一方面 要抓实疫情防控', '  （一） 强化监测', '  （二） 强化救治', '另一方面 要统筹推进重点工作', '  （一） 补短板']);
  });

  it('should support an ordinal with no separator between its neighbours', async () => {
    const text = '一、主要任务\n1.完善服务体系。\n2中医药服务能力提升。\n3.加强人才培养。\n';
    expect(await outline(text)).toEqual(['一、 主要任务', '  1. 完善服务体系', '  2 中医药服务能力提升', '  3. 加强人才培养']);
  });

  it('should support a dotted ordinal with a digit right after it when it follows its N-1 (20.12345热线…)', async () => {
    const text = '一、重点任务\n1.推进数字政府建设。\n2.12345政务服务便民热线按时办结率达到99%。\n二、保障措施\n';
    expect(await outline(text)).toEqual(['一、 重点任务', '  1. 推进数字政府建设', '  2. 12345政务服务便民热线按时办结率达到99%', '二、 保障措施']);
  });

  it('should support a first dotted ordinal with a digit right after it when its 2 follows (1.65岁及以上…)', async () => {
    const text = '（一）做实基本公共卫生服务\n1.65岁及以上老年人健康管理率达到65%以上。\n2.高血压患者规范管理率达到65%。\n';
    expect(await outline(text)).toEqual(['（一） 做实基本公共卫生服务', '  1. 65岁及以上老年人健康管理率达到65%以上', '  2. 高血压患者规范管理率达到65%']);
  });

  it('should support a dotted ordinal before a value with its unit between its N-1 and its N+1 (3.90%的…, 4.10个…)', async () => {
    const text = '一、工作目标\n1.完善服务网络。\n2.85%以上的村卫生室达到标准化建设要求。\n3.12个街道建成嵌入式养老服务中心。\n4.加强人才培养。\n';
    expect(await outline(text)).toEqual([
      '一、 工作目标',
      '  1. 完善服务网络',
      '  2. 85%以上的村卫生室达到标准化建设要求',
      '  3. 12个街道建成嵌入式养老服务中心',
      '  4. 加强人才培养',
    ]);
  });

  it('should not support a value with its unit after a dot as an ordinal with one neighbour only, nor a table cell alone (5.2%)', async () => {
    expect(await outline('一、工作目标\n1.完善服务网络。\n2.85%以上的村卫生室达到标准化建设要求。\n二、保障措施\n')).toEqual(['一、 工作目标', '  1. 完善服务网络', '二、 保障措施']);
    expect(await outline('一、工作目标\n1.完善服务网络。\n2.5%\n3.加强人才培养。\n')).toEqual(['一、 工作目标', '  1. 完善服务网络', '  3. 加强人才培养']);
  });

  it('should not support a decimal at the start of a paragraph as an ordinal (1.5万人次…, a first item, a number with a unit)', async () => {
    expect(await outline('一、重点任务\n1.5万人次参加培训。\n二、保障措施\n')).toEqual(['一、 重点任务', '二、 保障措施']);
    expect(await outline('一、重点任务\n1.推进建设。\n2.5万人次参加培训。\n')).toEqual(['一、 重点任务', '  1. 推进建设']);
  });

  it('should not support an ordinal with no separator on its own', async () => {
    expect(await outline('一、主要任务\n2中医药服务能力提升。\n二、保障措施\n')).toEqual(['一、 主要任务', '二、 保障措施']);
    // A number and its unit are a quantity even between items 1 and 3.
    expect(await outline('一、任务\n1.完善体系。\n2项工作纳入考核。\n3.加强培养。\n')).toEqual(['一、 任务', '  1. 完善体系', '  3. 加强培养']);
  });

  it('should support full-width markers and 1。', async () => {
    const text = '一、任务\n１．完善体系。\n（１）建立机制。\n（２）落实责任。\n２．加强培养。\n二、要求\n1。加强联动。\n2。规范转诊。\n';
    expect(await outline(text)).toEqual([
      '一、 任务',
      '  １． 完善体系',
      '    （１） 建立机制',
      '    （２） 落实责任',
      '  ２． 加强培养',
      '二、 要求',
      '  1。 加强联动',
      '  2。 规范转诊',
    ]);
  });

  it('should support an article whose text was lost (第二十八条 alone on its line)', async () => {
    const text = '第一章 总则\n第二十七条 各地应当加强能力建设。\n第二十八条\n（一）符合条件的，不额外收费。\n第二十九条 各级部门应当推进改革。\n';
    expect(await outline(text)).toEqual(['第一章 总则', '  第二十七条 各地应当加强能力建设', '  第二十八条 ', '    （一） 符合条件的，不额外收费', '  第二十九条 各级部门应当推进改革']);
  });

  it('should not support a marker alone on its line without a sequence around it', async () => {
    expect(await outline('一、任务\n内容。\n3.\n二、要求\n')).toEqual(['一、 任务', '二、 要求']);
  });

  it('should support gaps and duplicates in an open sequence as nodes', async () => {
    expect(await outline('一、甲\n二、乙\n二、乙又\n四、丁\n')).toEqual(['一、 甲', '二、 乙', '二、 乙又', '四、 丁']);
  });

  it('should not support a number going back in a closed run (an attachment list after the items)', async () => {
    const text = '一、任务\n1.建立机制；\n2.完善制度；\n3.开展行动。\n二、保障\n内容。\n附件：1.重点领域清单\n2.专家委员会名单\n';
    expect(await outline(text)).toEqual(['一、 任务', '  1. 建立机制', '  2. 完善制度', '  3. 开展行动', '二、 保障']);
  });

  it('should not support cells of a table flattened one cell per line as sections', async () => {
    const text = [
      '一、发展目标',
      '到2025年，主要指标如下：',
      '序号',
      '指标名称',
      '2020年',
      '2025年',
      '1',
      '城镇污水处理率（%）',
      '95',
      '100',
      '2',
      '供水管网漏损率（%）',
      '12',
      '10',
      '二、主要任务',
      '（一）完善供水体系',
    ].join('\n');
    expect(await outline(text)).toEqual(['一、 发展目标', '二、 主要任务', '  （一） 完善供水体系']);
  });

  it('should support two documents in one file, each numbered from depth 1', async () => {
    const text = [
      '关于印发某区卫生健康工作要点的通知',
      '各有关单位：',
      '一、高度重视。请认真组织实施。',
      '二、加强督查。请按时报送。',
      '某区卫生健康工作要点',
      '一、加强党的建设',
      '（一）坚持党建引领',
      '二、深化医改',
    ].join('\n');
    expect(await outline(text)).toEqual(['一、 高度重视', '二、 加强督查', '一、 加强党的建设', '  （一） 坚持党建引领', '二、 深化医改']);
  });
});

describe('unseparated Chinese ordinals', () => {
  it('should support a Chinese ordinal with no separator between its neighbours', async () => {
    expect(await outline('一、加强党建\n二、深化改革\n三推进数字化转型\n四、强化保障\n')).toEqual(['一、 加强党建', '二、 深化改革', '三 推进数字化转型', '四、 强化保障']);
  });

  it('should not support a Chinese number that counts something', async () => {
    expect(await outline('一、加强党建\n二、深化改革\n三项任务要按期完成。\n四、强化保障\n')).toEqual(['一、 加强党建', '二、 深化改革', '四、 强化保障']);
  });
});
