// A date after the body that acts and its lead words (县人民医院力争到2028年达到…，新建…，…提高到…) is the time of the whole sentence:
// plans make the institution the subject of every clause after it, as a scope word (全县力争到2028年) does, so the date governs the
// later clauses' targets. A metric before the date (…处理率至2025年达到…) still keeps its date to its own clause. Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief, type Item } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const PLAN_2027_2029: PlanYears = { years: [2027, 2029], annual: false };
const years = (items: Item[]) => brief(items).map((b) => { const f = b.split('|'); return `${f[1]}|${f[5] || 'null'}`; });

describe('indicators: a date after the acting institution governs the sentence (县医院力争到2028年…，…)', () => {
  it('should support the date of an institution subject for every later clause of its sentence', () => {
    expect(years(indicators('县中医院力争到2028年创成三级中医医院，新增省级重点专科3个，日间手术占比提高到20%。', PLAN_2027_2029))).toEqual(['3|2028', '20|2028']);
    expect(years(indicators('区第二人民医院到2029年达到二级甲等标准，产科床位增加到60张。', PLAN_2027_2029))).toEqual(['60|2029']);
    expect(years(indicators('各乡镇卫生院争取到2028年底建成标准化预防接种门诊，家庭医生团队数量不少于4个。', PLAN_2027_2029))).toEqual(['4|2028']);
  });
  it('should not support a date after a metric, or after a qualified body, as the time of the later clauses', () => {
    expect(years(indicators('城镇污水集中处理率至2028年达到95%，污泥无害化处置率达到90%以上。', PLAN_2027_2029))).toEqual(['95|2028', '90|null']);
    expect(years(indicators('达到推荐标准的卫生院到2028年达到6家，村卫生室规范化率达到90%。', PLAN_2027_2029))).toEqual(['6|2028', '90|null']);
  });
});
