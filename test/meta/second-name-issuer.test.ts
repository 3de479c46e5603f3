// Organs the issuer tests had not met (holdouts 44 and 46 showed them): an archive and the 人民团体's short names, and a body
// written with its second name in brackets (挂牌). Documents written for these tests.
import { describe, expect, it } from 'vitest';
import { isOrgan } from '../../src/meta/signature.js';
import { grammars } from '../grammar-helpers.js';
import { doc, meta } from './meta-helpers.js';

const grammar = grammars().meta;

describe('meta issuer: organ endings of archives, cultural institutions and 人民团体', () => {
  it('should support an archive that heads its own page, named in the title and the page’s 来源', async () => {
    const m = await meta(
      doc('某市档案馆2026年工作要点', '时间：2026-02-10 09:30  来源：某市档案馆  阅读：108', '2026年，市档案馆将围绕中心工作，推进档案事业发展。', '一、丰富馆藏资源', '（一）做好接收进馆工作。全年接收档案1万卷。'),
    );
    expect(m.issuer).toBe('某市档案馆');
  });

  it('should support a library’s signature', async () => {
    const m = await meta(doc('2026年全馆重点工作安排', '一、提升服务效能', '全年举办阅读推广活动200场。', '某县图书馆', '2026年1月20日'));
    expect(m.issuer).toBe('某县图书馆');
  });

  it('should support the short name a 人民团体 heads its plan with (妇联, 残联, 科协)', async () => {
    for (const organ of ['某市妇联', '某县残联', '某区科协']) {
      const m = await meta(doc(`${organ}2026年工作要点`, '一、强化思想引领', '开展宣讲活动100场。'));
      expect(m.issuer).toBe(organ);
    }
  });

  it('should support the standing committee of a people’s congress heading its plan with its short name (人大常委会)', async () => {
    const m = await meta(doc('某市人大常委会2026年工作要点', '（2026年1月20日某市第十六届人民代表大会常务委员会第二十次会议通过）', '一、加强地方立法', '全年审议法规项目4件。'));
    expect(m.issuer).toBe('某市人大常委会');
  });

  it('should not support a venue whose name ends in 馆 (体育馆, 宾馆) as an organ', () => {
    expect(isOrgan('某市体育馆', grammar)).toBe(false);
    expect(isOrgan('某县宾馆', grammar)).toBe(false);
  });
});

describe('meta issuer: a body written with its second name in brackets', () => {
  it('should support a page’s 来源 naming the body with its second name, as written', async () => {
    const m = await meta(
      doc('某县人民政府 政务公开 部门信息', '某县粮食和物资储备2026年工作要点', '信息来源：某县发展改革局（县粮食和物资储备局）  发布时间：2026-03-05 15:42  点击数：96', '2026年全县粮食和物资储备工作的总体思路是：守住管好粮仓。', '一、抓好粮食收购', '1. 全年完成订单收购5000吨以上。'),
    );
    expect(m.issuer?.normalize('NFKC')).toBe('某县发展改革局(县粮食和物资储备局)');
  });

  it('should support a signature with the second name in brackets', async () => {
    const m = await meta(doc('某区2026年新闻出版工作要点', '一、加强阅读推广', '举办读书活动30场。', '某区委宣传部（区新闻出版局）', '2026年2月3日'));
    expect(m.issuer?.normalize('NFKC')).toBe('某区委宣传部(区新闻出版局)');
  });

  it('should not support a list in brackets after a name (市直有关单位（委、办、局）) as an organ', () => {
    expect(isOrgan('市直有关单位（委、办、局）', grammar)).toBe(false);
    expect(isOrgan('某县发展改革局（县粮食和物资储备局）', grammar)).toBe(true);
  });

  it('should not support a seal remark in brackets (（某市卫生健康委员会代章）) as a second name', () => {
    expect(isOrgan('某市爱国卫生运动委员会（某市卫生健康委员会代章）', grammar)).toBe(false);
  });
});
