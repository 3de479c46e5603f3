// A bounded value closed by 的 and straight on by the duty it triggers, the comma left out (水氟含量超过1.2mg/L的及时报告, 抽检不合格率
// 高于5%的立即停业整顿): the 的-phrase of rule writing that states a condition, as …的，应当… does with its comma. The duty opens with
// a word of manner or obligation (及时, 立即, 应当, 必须, 一律, 依法, 责令, 予以). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { names, MULTI_YEAR } from './helpers.js';

describe('a condition closed by 的 with no comma before its duty', () => {
  it('should not support the threshold of the condition', () => {
    expect(names('对农村集中供水工程开展水质抽检，出厂水浑浊度超过3NTU的及时通报水利部门。', MULTI_YEAR)).toEqual([]);
    expect(names('学校食堂抽检不合格率高于5%的立即停业整顿。', MULTI_YEAR)).toEqual([]);
    expect(names('监测点位空气中粉尘浓度超过8毫克/立方米的一律责令停产整改。', MULTI_YEAR)).toEqual([]);
  });
  it('should support a target before 的 and a noun or a target word', () => {
    expect(names('到2027年，水质达标率达到95%以上的目标基本实现。', MULTI_YEAR)).toEqual(['水质达标率|95|%']);
    expect(names('全县应急物资储备率不低于90%。', MULTI_YEAR)).toEqual(['应急物资储备率|90|%']);
  });
});
