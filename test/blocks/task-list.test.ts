// A task list (任务清单, 责任清单, 任务分工表) copied one cell a line: its cells are no outline, its category
// rows (一、…) are the list's headings, and the sentence reader still reads its task cells.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { outline } from '../outline/outline-helpers.js';
import { classify } from './blocks-helpers.js';

const HEADER = ['序号', '重点任务', '牵头科室', '配合单位', '完成时限'];
const row = (n: number, task: string[], lead = '医政医管科', partners = '财务科', deadline = '2026年12月底前'): string[] => [String(n), ...task, lead, partners, deadline];

describe('blocks: task list one cell a line', () => {
  it('should support a list whose cell holds points of its own: the points are table cells, not outline', async () => {
    const text = ['2026年全市卫生健康重点工作任务清单', ...HEADER, '一、提升医疗服务能力', ...row(1, ['新增省级临床重点专科4个。']), ...row(2, ['加强基层医疗卫生机构能力建设：', '1.新增社区医院3家；', '2.中医馆设置比例保持100%。']), '二、强化公共卫生服务', ...row(3, ['适龄儿童免疫规划疫苗接种率保持在95%以上。'], '疾控科', '市疾控中心', '全年')].join('\n');
    const c = classify(text);
    expect(c.kindOf('1.新增社区医院')).toBe('table');
    expect(c.kindOf('牵头科室')).toBe('table');
    expect(c.kindOf('一、提升医疗服务能力')).toBe('body');
    expect(await outline(text)).toEqual(['一、 提升医疗服务能力', '二、 强化公共卫生服务']);
    const plan = await extract(text);
    expect(plan.indicators.map((i) => [i.metric, i.value])).toEqual(expect.arrayContaining([['社区医院', 3], ['适龄儿童免疫规划疫苗接种率', 95]]));
  });

  it('should support target cells that stop mid-sentence (a comma clause, no full stop): no PDF wrap joins the cells after them', async () => {
    const header = ['序号', '工作任务', '目标要求', '牵头单位', '完成时限'];
    const rows = [
      ['1', '推进国道改扩建工程', '完成路面工程量的60%，全年完成投资4亿元', '建设管理科', '2026年12月底'],
      ['2', '实施农村公路提质改造', '1.新改建农村公路300公里；2.改造危桥8座', '农村公路管理科', '2026年11月底'],
      ['3', '加快城乡客运一体化', '新开通城乡公交线路6条，更新新能源公交车40辆', '运输管理科', '2026年12月底'],
      ['4', '推进绿色交通', '新增公共充电桩120个，出租车新能源化比例达到50%', '运输管理科', '持续推进'],
    ];
    const text = ['某市交通运输局2026年重点工作任务清单', '一、重点任务', ...header, ...rows.flat(), '二、保障措施', '强化组织领导，确保各项任务按时完成。'].join('\n');
    const c = classify(text);
    expect(c.kindOf('1.新改建农村公路')).toBe('table');
    expect(await outline(text)).toEqual(['一、 重点任务', '二、 保障措施']);
    const plan = await extract(text);
    expect(plan.indicators.map((i) => [i.metric, i.value])).toEqual(
      expect.arrayContaining([['新能源公交车', 40], ['公共充电桩', 120], ['城乡公交线路', 6]]),
    );
    expect(plan.indicators.every((i) => !/管理科/u.test(i.metric))).toBe(true);
  });

  it('should support rows numbered again from 1 under each category row', () => {
    const text = [...HEADER, '一、深化改革', ...row(1, ['推进医共体建设。']), ...row(2, ['深化公立医院改革。']), '二、强化服务', ...row(1, ['做好基本公共卫生服务：', '1.老年人健康管理率达到62%；', '2.开展义诊100场。'])].join('\n');
    const c = classify(text);
    expect(c.kindOf('1.老年人')).toBe('table');
    expect(c.kindOf('二、强化服务')).toBe('body');
  });

  it('should support category rows set off in 【】 as headings of the list, not as a group label of a table', async () => {
    const text = [...HEADER, '【一、提升医疗服务能力】', ...row(1, ['新增省级临床重点专科4个。']), ...row(2, ['加强基层能力建设：', '1.新增社区医院3家；', '2.新建中医馆2个。']), '【二、强化公共卫生服务】', ...row(3, ['适龄儿童免疫规划疫苗接种率保持在95%以上。'])].join('\n');
    expect(await outline(text)).toEqual(['一、 提升医疗服务能力', '二、 强化公共卫生服务']);
  });

  it('should support content cells written as sentences with commas, the row completed by the cells after them', async () => {
    const header = ['序号', '工作任务', '具体内容', '责任科室', '完成时限'];
    const text = ['2026年全县文化工作重点任务清单', ...header,
      '1', '公共文化服务', '新建城市书房4家、农家书屋示范点10个，县图书馆年接待读者达到20万人次；送戏下乡不少于60场。', '公共服务科', '全年',
      '2', '体育产业', '1.体育彩票销售额增长5%左右；2.培育体育服务综合体1家。', '体育科', '2026年12月底前',
      '3', '文旅推广', '组织参加省级以上推介会不少于4次，新媒体平台粉丝量累计达到30万。', '产业发展科', '全年',
      '二、保障措施', '（一）加强组织领导。各科室落实责任。'].join('\n');
    const c = classify(text);
    expect(c.kindOf('1.体育彩票')).toBe('table');
    expect(c.kindOf('组织参加省级以上推介会')).toBe('table');
    expect(await outline(text)).toEqual(['二、 保障措施', '  （一） 加强组织领导']);
  });

  it('should not support a header with no column of who or by when, nor a list of one row', () => {
    const a = ['序号', '项目名称', '建设内容', '1', '推进医共体建设：', '1.完善制度；', '2.统一管理。', '2', '深化改革。'].join('\n');
    expect(classify(a).kindOf('1.完善制度')).toBe('body');
    const b = [...HEADER, '1', '推进医共体建设：', '1.完善制度；', '2.统一管理。', '医政科', '财务科', '6月底前'].join('\n');
    expect(classify(b).kindOf('1.完善制度')).toBe('body');
  });

  it('should not support a plan whose numbered items follow a 序号 line of running text', async () => {
    const text = ['一、主要任务', '序号', '1.推进医共体建设。', '2.深化公立医院改革。'].join('\n');
    expect(await outline(text)).toEqual(['一、 主要任务', '  1. 推进医共体建设', '  2. 深化公立医院改革']);
  });
});
