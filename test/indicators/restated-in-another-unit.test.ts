// A quantity restated in another unit after 折合/约合 (采集全血5万单位、折合1000万毫升): the same metric, no metric named 折合.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, names } from './helpers.js';

describe('a quantity restated in another unit', () => {
  it('should support the metric of the quantity before for a value after 折合 or 约合', () => {
    expect(names('全年采集全血52000单位以上、折合1040万毫升以上。', ANNUAL_2024)).toEqual(['采集全血|52000|单位', '采集全血|1040|万毫升']);
    expect(names('全年粮食总产量达到9亿斤，约合45万吨。', ANNUAL_2024)).toEqual(['粮食总产量|9|亿斤', '粮食总产量|45|万吨']);
  });
  it('should not support it where another metric is named before the value', () => {
    expect(names('全年采集全血52000单位以上，机采血小板3000治疗量。', ANNUAL_2024)).toEqual(['采集全血|52000|单位', '机采血小板|3000|治疗量']);
  });
});
