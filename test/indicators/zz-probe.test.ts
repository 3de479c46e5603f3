import { it } from 'vitest';
import { brief, indicators } from './helpers.js';
const P = { years: [2026, 2030] as [number, number], annual: false };
it('probe', () => {
  for (const t of ['新增标准机架3000个，PUE值控制在1.25以内。', '新建数据中心PUE不高于1.3。', '容积率不超过2.5。', '能效比达到3.2以上。', '“株洲科普”云平台注册用户达到50万。', '常住人口达到80万。', '确保２台６６万千瓦煤电机组建成投产。','确保2台百万千瓦机组并网发电。', '智算中心项目：建设智能算力0.5EFLOPS，总投资18亿元。']) console.log(t, JSON.stringify(brief(indicators(t, P))));
});
