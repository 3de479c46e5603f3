// How 口腔卫生 (and 航天/林业) plans count single small things: teeth sealed or filled in 颗 (窝沟封闭 counts both the children and
// their teeth), and satellites or seeds in the same classifier. 颗 is a count unit, never after a Chinese numeral (一颗), and not
// in 颗粒 (细颗粒物, PM2.5颗粒物) where it begins a word. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { indicators, names } from './helpers.js';

describe('teeth and other single things counted in 颗', () => {
  it('should support a floor on sealed teeth (不少于N颗)', () => {
    expect(names('全年完成儿童窝沟封闭3200人，封闭恒牙不少于11000颗。')).toEqual(['儿童窝沟封闭|3200|人', '封闭恒牙|11000|颗']);
  });
  it('should support teeth counted after a verb with 以上', () => {
    expect(names('为学龄儿童充填龋齿1500颗以上。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['1500|颗']);
  });
  it('should support a count of satellites set as a target', () => {
    expect(names('到2027年在轨遥感卫星达到12颗。', { years: [2025, 2027], annual: false }).map((n) => n.split('|').slice(1).join('|'))).toEqual(['12|颗']);
  });
  it('should not support 颗 after a Chinese numeral (一颗)', () => {
    expect(indicators('每颗牙齿原则上一次完成，做到一颗一档。')).toEqual([]);
  });
  it('should not support 颗 as the first character of 颗粒', () => {
    expect(indicators('开展PM2.5颗粒物组分监测。').filter((i) => i.unit === '颗')).toEqual([]);
  });
});
