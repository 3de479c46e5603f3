// A package of measures a body issues is named by its count (出台…10项举措, 12条措施, “稳就业20条”), as the yearly list of 民生实事
// is (grammar listHeads): the count is the size of the package, what it holds, and no level of anything; its measures carry the
// targets (grammar packageHeads: 举措, 措施). A bound word or a target verb still sets a count, and rates stay.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const values = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join(''));

describe('indicators: the count of a package of measures is its size', () => {
  it('should support no count for the size of a package of measures', () => {
    expect(values('围绕群众急难愁盼问题出台优化营商环境12项举措。')).toEqual([]);
    expect(values('聚焦老年群体出台便民就医8条措施，推动服务流程再造。')).toEqual([]);
  });

  it('should not support dropping counts with a bound word, rates, or other counts of the clause', () => {
    expect(values('年内出台助企纾困举措不少于10项。')).toContain('10项');
    expect(values('各项减负措施落实率达到95%。')).toContain('95%');
    expect(values('新建社区养老服务站15个，落实适老化改造措施。')).toContain('15个');
  });
});
