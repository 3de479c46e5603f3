// Bodies under national (垂直) management sign their plans with the national body's name before their own: 国家金融监督管理总局
// 绍兴监管分局, 国家统计局某某调查队, 中国人民银行某某分行, 中华人民共和国某某海关, a railway group company's 站段. The short name of the
// province or city right before the branch's title (监管分局, 调查队, 分行, 海关, 有限公司, 车务段 …) is the place the branch serves,
// not the whole country; a subsidiary named after a national company whose place is unknown is not the whole country either;
// the national body alone stays 全国. The central bank's and the customs' branches (分行, 中心支行, 支行, 海关) sign as organs.
// Documents written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

const plan = (organ: string, title: string) => doc(`${organ}文件`, '', title, '', '一、主要目标', '全年完成各项监管任务。', '', organ, '2027年1月10日');

describe('meta: the region of a local branch of a national body', () => {
  it('should support the city or province named by its short name before the branch title as the region', async () => {
    expect((await meta(plan('国家金融监督管理总局嘉兴监管分局', '嘉兴监管分局2027年工作要点'))).region).toBe('嘉兴市');
    expect((await meta(plan('国家统计局衢州调查队', '衢州调查队2027年工作要点'))).region).toBe('衢州市');
    expect((await meta(plan('中国移动通信集团安徽有限公司芜湖分公司', '芜湖分公司2027年工作计划'))).region).toBe('芜湖市');
    expect((await meta(plan('中国铁路南昌局集团有限公司赣州车务段', '赣州车务段2027年工作计划'))).region).toBe('赣州市');
  });
  it('should support the branches of the central bank and of the customs as issuers', async () => {
    expect((await meta(plan('中国人民银行九江市分行', '中国人民银行九江市分行2027年工作要点'))).issuer).toBe('中国人民银行九江市分行');
    expect((await meta(plan('中华人民共和国宁波海关', '宁波海关2027年工作要点'))).issuer).toBe('中华人民共和国宁波海关');
  });
  it('should support no whole country for a subsidiary named after a national company whose place is unknown', async () => {
    expect((await meta(plan('中国铁路某某局集团有限公司青石车务段', '青石车务段2027年工作计划'))).region).not.toBe('全国');
    expect((await meta(plan('中国石油天然气股份有限公司某某油田分公司', '某某油田分公司2027年工作计划'))).region).not.toBe('全国');
  });
  it('should not support a place for the national body itself, whose region stays the whole country', async () => {
    expect((await meta(plan('国家金融监督管理总局', '国家金融监督管理总局2027年工作要点'))).region).toBe('全国');
    expect((await meta(plan('中国铁路集团有限公司', '中国铁路集团有限公司2027年工作要点'))).region).toBe('全国');
  });
});
