// Kinds of different lengths listed before the act they share, with no metric head after it (兽药、饲料添加剂、农药抽检分别…):
// the act in the last conjunct starts the tail each kind takes, as supervision plans count their checks per kind of product.
// Kinds of one length keep the length rule (a shared object before the act stays shared). Sentences invented for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: kinds of different lengths before a shared act', () => {
  it('should support one count per kind, named with the act', () => {
    expect(names('兽药、饲料添加剂、农药抽检分别不少于150批次、90批次和60批次。')).toEqual(['兽药抽检|150|批次', '饲料添加剂抽检|90|批次', '农药抽检|60|批次']);
    expect(names('婴幼儿配方乳粉、酒类、保健食品监督抽检分别达到300批次、200批次和150批次。')).toEqual([
      '婴幼儿配方乳粉监督抽检|300|批次',
      '酒类监督抽检|200|批次',
      '保健食品监督抽检|150|批次',
    ]);
  });

  it('should not support moving the tail of kinds of one length', () => {
    expect(names('城镇、农村饮用水监测分别达到120个和80个点位。').map((n) => n.split('|')[0])).not.toContain('城镇监测');
    expect(names('食品、农药抽检分别达到500批次和200批次。')).toEqual(['食品抽检|500|批次', '农药抽检|200|批次']);
  });
});
