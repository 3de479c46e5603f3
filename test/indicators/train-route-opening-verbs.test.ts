// 开行 is the verb of running trains and services (开行中欧班列N列, 中欧班列开行N列), the count every 中欧班列 and 多式联运 plan and
// review states, as 开通 counts routes; 开辟 / 新开辟 is the full form of 新辟, the verb of opening routes and channels, so the places a
// route reaches (至A、B) name the route and are no list its count totals. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { documentItems, indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 3).join('|'));
const review = (...lines: string[]) => documentItems(['某市物流发展中心2026年工作总结和2027年工作计划', '一、2026年工作总结', ...lines, '二、2027年工作计划', '（一）做强通道。'].join('\n'));

describe('indicators: 开行 and 开辟 count the trains run and the routes opened', () => {
  it('should support a count of trains after 开行 and its object, or after the trains and 开行', async () => {
    expect(values('全年开行中亚方向国际班列180列，开行海铁联运专列36列。')).toEqual(['180|列', '36|列']);
    expect(values('力争新开行跨境冷链班列15列。')).toEqual(['15|列']);
    expect((await review('（一）通道建设。全年集装箱吞吐量完成86万标箱；国际班列开行156列，同比增长9.3%。')).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['86|万标箱', '156|列', '9.3|%']);
  });
  it('should support a count of routes after 开辟 whose object names the places the routes reach', () => {
    expect(values('新开辟至东南亚、南亚国际货运航线3条以上。')).toEqual(['3|条']);
    expect(values('开辟胡志明、曼谷集装箱航线2条。')).toEqual(['2|条']);
  });
  it('should not support a count after 开辟 or 开行 that no verb of running or opening governs, or a list total with no verb', () => {
    expect(values('开辟绿色通道，实行“即报即审”。')).toEqual([]);
    expect(values('中欧班列、西部陆海新通道班列2类班列常态化运行。')).toEqual([]);
    expect(values('每月开行1次调度会。')).toEqual([]);
  });
});
