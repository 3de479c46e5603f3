// Kinds of place listed before a distributor that spreads counts over them (城区和农村分别建设…): each count is of the thing counted
// in its place, as plans set one figure per kind of area. Sentences invented for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: counts spread over kinds of place', () => {
  it('should support naming each count by its place', () => {
    expect(names('城市和农村分别新建5个、9个心理健康服务站。')).toEqual(['城市心理健康服务站|5|个', '农村心理健康服务站|9|个']);
    expect(names('全市城区、乡镇分别建成3个和8个急救站点。')).toEqual(['城区急救站点|3|个', '乡镇急救站点|8|个']);
  });

  it('should support naming each count by its place when the object stands between the verb and the counts', () => {
    expect(names('城市、农村分别新增普惠托位400个和250个。')).toEqual(['城市普惠托位|400|个', '农村普惠托位|250|个']);
    expect(names('城区和乡镇分别建设心理咨询室6个、14个。')).toEqual(['城区心理咨询室|6|个', '乡镇心理咨询室|14|个']);
  });

  it('should not support naming counts by what is no place', () => {
    expect(names('全县分别建成12个、20个健康驿站。')).toEqual(['健康驿站|12|个', '健康驿站|20|个']);
    expect(names('全县分别新建健康驿站12个、20个。')).toEqual(['健康驿站|12|个', '健康驿站|20|个']);
    expect(names('省级和市级分别建成2个、6个质控中心。').map((n) => n.split('|')[0])).not.toContain('省级和市级质控中心');
  });
});
