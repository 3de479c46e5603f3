// Unnumbered list labels (主要目标： / 策略措施：) over numbered items: the layout of the 妇女/儿童发展规划 and of
// other plans that give each field its targets and its measures as two lists (grammars/outline.yaml listLabel).
import { describe, expect, it } from 'vitest';
import { outline } from './outline-helpers.js';

describe('list labels', () => {
  it('should support a second label whose list is the sibling of the first list, not a child of its last item', async () => {
    const text = '（一）儿童与健康。\n主要目标：\n1.新生儿死亡率控制在2‰以下。\n2.儿童健康素养逐步提升。\n策略措施：\n（1）加强出生缺陷防治。\n（2）完善儿童急救体系。\n（二）儿童与安全。\n';
    expect(await outline(text)).toEqual([
      '（一） 儿童与健康',
      '  1. 新生儿死亡率控制在2‰以下',
      '  2. 儿童健康素养逐步提升',
      '  （1） 加强出生缺陷防治',
      '  （2） 完善儿童急救体系',
      '（二） 儿童与安全',
    ]);
  });

  it('should support the labels again in the next section, each pair in its own section', async () => {
    const text = '一、领域\n（一）教育。\n主要目标：\n1.巩固率稳定。\n策略措施：\n（1）落实控辍保学。\n（二）经济。\n主要目标：\n1.就业比例稳定。\n策略措施：\n（1）促进创业。\n';
    expect(await outline(text)).toEqual([
      '一、 领域',
      '  （一） 教育',
      '    1. 巩固率稳定',
      '    （1） 落实控辍保学',
      '  （二） 经济',
      '    1. 就业比例稳定',
      '    （1） 促进创业',
    ]);
  });

  it('should not support moving items up after a single label: a lower scheme stays under the item before it', async () => {
    const text = '（一）重点任务。\n主要任务：\n1.完善服务网络。\n2.提升服务能力。\n（1）培训基层人员。\n（2）配齐设备。\n';
    expect(await outline(text)).toEqual([
      '（一） 重点任务',
      '  1. 完善服务网络',
      '  2. 提升服务能力',
      '    （1） 培训基层人员',
      '    （2） 配齐设备',
    ]);
  });

  it('should not support a label of another section closing the lists of this one', async () => {
    const text = '（一）甲领域。\n主要目标：\n1.目标一。\n（二）乙领域。\n1.措施一。\n工作要求：\n（1）细化分工。\n';
    expect(await outline(text)).toEqual(['（一） 甲领域', '  1. 目标一', '（二） 乙领域', '  1. 措施一', '    （1） 细化分工']);
  });

  it('should not support a line with text after its colon as a label', async () => {
    const text = '（一）健康。\n主要目标：\n1.目标一。\n具体措施：由市卫健委牵头。\n（1）建设中心。\n';
    expect(await outline(text)).toEqual(['（一） 健康', '  1. 目标一', '    （1） 建设中心']);
  });
});

describe('list labels run into the text (one-line copies, pages whose lines were joined)', () => {
  it('should support a label between a sentence end and the marker of its first item', async () => {
    const text = '（一）儿童与健康。主要目标：1.新生儿死亡率控制在2‰以下。2.儿童健康素养逐步提升。策略措施：（1）加强出生缺陷防治。（2）完善儿童急救体系。（二）儿童与安全。\n';
    expect(await outline(text)).toEqual([
      '（一） 儿童与健康',
      '  1. 新生儿死亡率控制在2‰以下',
      '  2. 儿童健康素养逐步提升',
      '  （1） 加强出生缺陷防治',
      '  （2） 完善儿童急救体系',
      '（二） 儿童与安全',
    ]);
  });
  it('should not support words before a colon inside a sentence as a label', async () => {
    const text = '（一）健康。主要目标：1.目标一。2.目标二，具体要求：（1）建设中心。（2）配齐设备。\n';
    expect(await outline(text)).toEqual(['（一） 健康', '  1. 目标一', '  2. 目标二，具体要求', '    （1） 建设中心', '    （2） 配齐设备']);
  });
});

describe('outline: a label line that heads no list of its own', () => {
  it('should not support a salutation followed by text (各位代表：) closing the sections of a report at a later label inside one of them', async () => {
    const report = ['政府工作报告', '各位代表：', '现在，我代表市人民政府向大会报告工作。', '一、2025年工作回顾。过去一年，经济稳中向好。', '（一）产业发展。全年增长5%。',
      '二、2026年工作安排。今年是“十五五”开局之年。', '重点抓好以下工作：', '（一）扩大有效投资。实施重大项目60个。', '（二）建设产业体系。新增企业50家。'].join('\n');
    expect(await outline(report)).toEqual(['一、 2025年工作回顾', '  （一） 产业发展', '二、 2026年工作安排', '  （一） 扩大有效投资', '  （二） 建设产业体系']);
  });
  it('should not support a label inside an item that is a heading alone on its line closing that item', async () => {
    const report = ['政府工作报告', '各位代表：', '一、2025年工作回顾', '（一）产业发展。全年增长5%。', '二、2026年工作安排', '重点抓好以下工作：',
      '（一）扩大有效投资。实施重大项目60个。'].join('\n');
    expect(await outline(report)).toEqual(['一、 2025年工作回顾', '  （一） 产业发展', '二、 2026年工作安排', '  （一） 扩大有效投资']);
  });
});
