// Institutions listed before one measure (敬老院和康复机构…覆盖率) are each named whole: a conjunct that ends in an
// institution word of its own (学校, 医院, 中心) before a last one whose shared tail starts at its institution word (机构) shares
// only the tail after that word, as statistics name each institution's rate. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('an institution conjunct that ends in its own institution word', () => {
  it('should support a school before a 机构 conjunct', () => {
    expect(names('辖区中小学校和校外培训机构消防检查覆盖率达到100%。')).toEqual(['中小学校消防检查覆盖率|100|%', '校外培训机构消防检查覆盖率|100|%']);
  });
  it('should support a kindergarten before a 机构 conjunct', () => {
    expect(names('幼儿园和托育机构保健人员配备率达到100%。')).toEqual(['幼儿园保健人员配备率|100|%', '托育机构保健人员配备率|100|%']);
  });
  it('should support a pharmacy before a 机构 conjunct', () => {
    expect(names('定点零售药店和定点医疗机构医保电子凭证结算率达到90%。')).toEqual(['定点零售药店医保电子凭证结算率|90|%', '定点医疗机构医保电子凭证结算率|90|%']);
  });
  it('should not support cutting a conjunct that ends in no institution word', () => {
    expect(names('养老和托育机构消防检查覆盖率达到100%。')).not.toContain('养老消防检查覆盖率|100|%');
  });
});
