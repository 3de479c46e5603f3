// A task division (序号 / 项目 / 目标 / 牵头单位 / 完成时限) restates the plan's own targets under their own names: a cell
// is the same target as a sentence of the text only when it has the text's value and unit AND names the same metric (give
// or take a scope or a verb). A rate or count the text gives to another metric in the same value (满意度90% in the text,
// 覆盖率90% in the table) is the table's own target. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const HEAD = '某县2027年卫生健康重点项目实施方案\n一、工作目标\n到2027年底，群众就医满意度达到92%以上，建成县域医疗次中心2个。\n二、项目安排\n';
const value = async (text: string): Promise<string[]> => (await documentItems(text)).map((s) => s.split('|').slice(0, 3).join('|'));

describe('a task division restates only targets of the same metric', () => {
  it('should support a table cell whose value the text gives to another metric', async () => {
    const table = `序号\t项目名称\t建设内容及目标\t牵头单位\t完成时限\n1\t慢病管理\t高血压患者规范管理率达到92%以上\t县疾控中心\t2027年12月底前\n2\t医疗次中心\t新建胸痛救治单元2个\t县人民医院\t2027年10月底前\n`;
    const got = await value(HEAD + table);
    expect(got).toContain('高血压患者规范管理率|92|%');
    expect(got.filter((s) => s.endsWith('|2|个'))).toHaveLength(2);
  });

  it('should support the text’s own targets beside the table', async () => {
    const table = `序号\t项目名称\t建设内容及目标\t牵头单位\t完成时限\n1\t慢病管理\t糖尿病患者规范管理率达到92%以上\t县疾控中心\t2027年12月底前\n`;
    const got = await value(HEAD + table);
    expect(got).toContain('群众就医满意度|92|%');
    expect(got).toContain('糖尿病患者规范管理率|92|%');
  });

  it('should not support a cell that restates a target of the text under its name, with or without its scope or verb', async () => {
    const table = `序号\t项目名称\t建设内容及目标\t牵头单位\t完成时限\n1\t医疗次中心\t建成县域医疗次中心2个\t县卫生健康局\t2027年12月底前\n2\t满意度提升\t就医满意度达到92%以上\t各医疗机构\t2027年12月底前\n`;
    expect(await value(HEAD + table)).toEqual(['群众就医满意度|92|%', '县域医疗次中心|2|个']);
  });
});
