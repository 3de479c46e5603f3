// The members a 党组织, 团组织 or 工会 admits are named with a qualifier between the verb and the member noun (发展35岁以下年轻党员
// 12名, 发展农村党员30名): 党建/团建/工会 plans say which members they admit, and 发展 before such a noun is the act of admitting,
// as in the term 发展党员 (test member-admission-term), and the name keeps the verb as that term does
// (g348's gold: 发展工会会员); 发展 before any other noun stays no verb (grammar memberAdmissionVerbs,
// memberNouns; object-verb.ts admissionVerb). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const items = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(0, 5).join('|'));

describe('indicators: members admitted with a qualifier (发展年轻党员12名)', () => {
  it('should support the count after a qualified member noun as the members admitted', () => {
    expect(items('各支部全年发展45岁以下农村党员20名，培养入党积极分子60人。')).toEqual([
      '发展45岁以下农村党员|20|名|=|target',
      '入党积极分子|60|人|=|target',
    ]);
    expect(items('团委发展青年团员300名。')).toEqual(['发展青年团员|300|名|=|target']);
    expect(items('全年发展新就业形态劳动者会员不少于800名。')).toEqual(['发展新就业形态劳动者会员|800|名|>=|target']);
  });
  it('should not support 发展 before another noun, or a member count with no admitting verb, as such', () => {
    expect(items('发展特色民宿示范户15个。')).toEqual([]);
    expect(items('全镇现有农村党员420名。')).toEqual([]);
  });
});
