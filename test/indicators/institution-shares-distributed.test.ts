// Institutions listed as the subject of a share's act, then 分别 and one value each (A和B设置X的比例分别达到x、y): plans set such
// shares tier by tier of institution (the share of A that do the act, the share of B that do it), and 分别 pairs the values with
// the institutions in order. A list inside the modifier that names objects (因…、…和…导致的过早死亡率), or one value with no
// distributor, stays one metric. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: institutions listed before a share\'s act, one value each by 分别', () => {
  it('should support one share per institution listed before the act', () => {
    expect(names('全省社区卫生服务中心和乡镇卫生院开设中医馆的比例分别达到95%、85%。')).toEqual(['社区卫生服务中心开设中医馆的比例|95|%', '乡镇卫生院开设中医馆的比例|85|%']);
    expect(names('三级医院、二级医院和专科医院设置日间病房的比例分别达到80%、60%和40%。')).toEqual(['三级医院设置日间病房的比例|80|%', '二级医院设置日间病房的比例|60|%', '专科医院设置日间病房的比例|40|%']);
  });
  it('should not support splitting objects inside the modifier, or a share with one value', () => {
    expect(names('因慢性呼吸系统疾病、癌症和脑卒中导致的过早死亡率分别降低到9%、7%。')).toEqual(['因慢性呼吸系统疾病、癌症和脑卒中导致的过早死亡率|9|%', '因慢性呼吸系统疾病、癌症和脑卒中导致的过早死亡率|7|%']);
    expect(names('县级医院和乡镇卫生院开展远程会诊的比例达到70%。')).toEqual(['县级医院和乡镇卫生院开展远程会诊的比例|70|%']);
  });
});
