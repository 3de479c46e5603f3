// 新开 and 加密 are the verbs airport, airline and 客运 plans count their routes with: the routes newly opened (新开航线10条, the
// short form of 新开通) and the ones run more often (加密航线8条). Both stay in the count's name, as the set names 新开和优化公交线路.
// Longer words that begin with 新开 (新开户, 新开展) are read as before. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief, ANNUAL_2024 } from './helpers.js';

const items = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(0, 4).join('|'));

describe('indicators: routes newly opened and run more often (新开航线N条, 加密航线N条)', () => {
  it('should support 新开 and 加密 before a route and its count', () => {
    expect(items('全年新开国内航线7条、加密干线航线5条。')).toEqual(['新开国内航线|7|条|=', '加密干线航线|5|条|=']);
    expect(items('新开城乡客运班线3条，客运量达到120万人次。')).toEqual(['新开城乡客运班线|3|条|=', '客运量|120|万人次|=']);
  });
  it('should not support 新开 inside a longer word, or 加密 with no count, as a new verb', () => {
    expect(items('全年新开户缴存单位800家以上。')).toEqual(['新开户缴存单位|800|家|>=']);
    expect(items('重要数据加密存储率达到100%。')).toEqual(['重要数据加密存储率|100|%|=']);
  });
});
