// Tiers of an honour or rank listed before the one noun they share (引进国家级、省级领军人才分别4名和18名): Chinese plans name the
// tiers (国家级, 省级, 市级, 县级) and write the noun once after the last tier, so each value is that tier's noun, whatever the
// length of the tier words (g636's gold: 国家级领军人才, not a name cut by the length of 国家级). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const metrics = (text: string): string[] => names(text, ANNUAL_2027).map((b) => b.split('|')[0] as string);

describe('indicators: tiers listed before the noun they share (国家级、省级X分别…)', () => {
  it('should support the shared noun after tiers of different lengths', () => {
    expect(metrics('全年引进国家级、省级青年拔尖人才分别3名和12名。')).toEqual(['国家级青年拔尖人才', '省级青年拔尖人才']);
    expect(metrics('培育国家级、省级专精特新“小巨人”企业分别4家和25家。')).toEqual(['国家级专精特新“小巨人”企业', '省级专精特新“小巨人”企业']);
    expect(metrics('争创国家级、省级、市级美丽乡村示范村分别1个、4个和15个。')).toEqual(['国家级美丽乡村示范村', '省级美丽乡村示范村', '市级美丽乡村示范村']);
  });
  it('should not support a tail cut where each conjunct names its own noun or no tier leads the list', () => {
    expect(metrics('新建省级工程研究中心、省级企业技术中心分别6家和9家。')).toEqual(['省级工程研究中心', '省级企业技术中心']);
    expect(metrics('门诊、住院患者满意度分别达到92%和95%。')).toEqual(['门诊患者满意度', '住院患者满意度']);
  });
});
