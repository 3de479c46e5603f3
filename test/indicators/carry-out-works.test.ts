// A verb of carrying out before works that a work verb closes (实施农村危桥改造18座, 推进老旧供水管网更新改造60公里): the works name the
// count, as after a verb of reaching (完成…改造150台); 实施 and 推进 only say that the works are carried out (src/indicators/object-names.ts
// objectMetric, grammar carryOutVerbs). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: a verb of carrying out before works closed by a work verb', () => {
  it('should support the works alone as the name', () => {
    expect(names('实施乡村公路危桥改造12座。')).toEqual(['乡村公路危桥改造|12|座']);
    expect(names('全年实施城区易涝点整治15处。')).toEqual(['城区易涝点整治|15|处']);
    expect(names('推进老旧供水管网更新改造60公里。')).toEqual(['老旧供水管网更新改造|60|公里']);
  });

  it('should not support dropping other verbs: a verb of works keeps its own reading', () => {
    expect(names('完成农村户厕改造3000户。')).toEqual(['农村户厕改造|3000|户']);
    expect(names('新建乡镇污水管网45公里。')).toEqual(['新建乡镇污水管网|45|公里']);
  });
});
