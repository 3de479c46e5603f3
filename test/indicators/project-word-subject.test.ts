// A verb right before a project word (项目, 工程, 中心) is a word of the works' name only when the clause has a verb of its own
// beside it (城区排涝改造工程完成投资3亿元, 实施城市更新项目30个); alone, it is the clause's verb and the noun before it its subject
// (县财政安排项目配套资金4000万元: the county's finance bureau allots the matching funds). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, indicators } from './helpers.js';

const items = (t: string) => indicators(t, ANNUAL_2024).map((i) => `${i.metric} ${i.value}${i.unit}`);

describe('a verb before a project word with a subject before it', () => {
  it('should support the funds a subject allots to projects as an item', () => {
    expect(items('县财政安排项目配套资金3000万元。')).toEqual(['项目配套资金 3000万元']);
    expect(items('市级财政统筹安排项目资金1.2亿元。').map((s) => s.split(' ')[1])).toEqual(['1.2亿元']);
  });
  it('should support a count built when the thing built opens with a project word', () => {
    expect(items('全县累计建成中心卫生院8个。')).toEqual(['中心卫生院 8个']);
  });
  it('should not support a verb inside a works name as the verb when another verb governs the amount', () => {
    expect(items('城南片区排涝改造工程完成投资2亿元。').map((s) => s.split(' ')[1])).toEqual(['2亿元']);
    expect(items('全年实施老旧小区改造项目25个。')).toEqual(['老旧小区改造项目 25个']);
  });
});
