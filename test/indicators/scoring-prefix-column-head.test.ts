// A scoring sheet (评分标准, 评分表) may put its own word before each column's name (评分项目 / 评分内容 / 分值 / 评分办法), as a
// 考核评分表 writes 考核项目 / 考核内容: before 项目 or 内容 the word says which sheet the column is of, and the column holds what is
// scored and the level it must reach (护理型床位占比≥60%); before 办法 or 标准 it is the rule of the score. Sheets written for the test.
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const sheet = (header: string[], rows: string[]) => ['附件', '示范社区卫生服务中心评分标准', header.join('\t'), ...rows].join('\n') + '\n';
const units = (lines: string[]) => lines.map((l) => l.split('|').slice(1, 3).join('|'));

describe('a scoring sheet word before a column head', () => {
  it('should support reading the targets of a 评分内容 column', async () => {
    const items = await documentItems(sheet(['序号', '评分项目', '评分内容', '分值', '评分办法'], ['1\t健康档案\t居民电子健康档案建档率≥85%\t20分\t每降低1个百分点扣1分', '2\t慢病管理\t高血压患者规范管理率达到70%\t20分\t未达到的扣20分']));
    expect(units(items)).toEqual(['85|%', '70|%']);
  });
  it('should support a 评分内容 column beside a 评分标准 column', async () => {
    const items = await documentItems(sheet(['评分项目', '评分内容', '分值', '评分标准'], ['预约诊疗\t预约诊疗率不低于50%\t15\t每低2个百分点扣1分']));
    expect(units(items)).toEqual(['50|%']);
  });
  it('should not support reading the cells of a 评分办法 column', async () => {
    const items = await documentItems(sheet(['序号', '评分项目', '评分内容', '分值', '评分办法'], ['1\t家医签约\t设立家庭医生工作室\t10分\t抽查签约居民20户，每发现1户未履约扣0.5分']));
    expect(units(items)).toEqual([]);
  });
  it('should not support reading a 评分标准 column as content', async () => {
    const items = await documentItems(sheet(['考核指标', '目标值', '分值', '评分标准'], ['随访率\t≥80%\t15\t每低1个百分点扣1分，低于60%不得分']));
    expect(units(items)).toEqual(['80|%']);
  });
});
