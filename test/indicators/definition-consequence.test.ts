// A bounded value whose clause runs on, with no comma, to 即 and the act it triggers (…3例及以上…病例即按聚集性疫情处置) is the
// threshold of a class or of a response in definition and protocol writing, never a level to reach. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { names, MULTI_YEAR } from './helpers.js';

describe('a threshold closed by 即 and its consequence', () => {
  it('should support a cluster definition as no target', () => {
    expect(names('同一宿舍一周内发现2例及以上有关联的发热病例即按疑似聚集性疫情报告。', MULTI_YEAR)).toEqual([]);
  });
  it('should support a response trigger and a passing mark as no targets', () => {
    expect(names('托幼机构连续缺课3天以上的幼儿即启动复课查验。', MULTI_YEAR)).toEqual([]);
    expect(names('自评得分80分以上即认定为健康单位。', MULTI_YEAR)).toEqual([]);
  });
  it('should not support a target whose 即 follows a comma', () => {
    expect(names('学校卫生室配备率达到90%，即为全面达标。', MULTI_YEAR)).toEqual(['学校卫生室配备率|90|%']);
    expect(names('全县学生肺结核密切接触者筛查率达到100%。', MULTI_YEAR)).toEqual(['学生肺结核密切接触者筛查率|100|%']);
  });
});
