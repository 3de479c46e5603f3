// An output measure with no crop of its own after the area a crop is sown or planted on (粮食播种面积…，总产量…; 粮食播种面积和产量
// 分别…) is that crop's output (粮食总产量): farm plans and 政府工作报告 set grain targets as an area and output pair
// (src/indicators/crop-output.ts, grammar cropAreas / cropOutputs). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: the output after the sown area of a crop', () => {
  it('should support the crop’s output', () => {
    expect(names('全年粮食播种面积稳定在76万亩以上，总产量稳定在31万吨以上。')).toEqual(['粮食播种面积|76|万亩', '粮食总产量|31|万吨']);
    expect(names('油菜种植面积达到12万亩、产量达到2.1万吨。')).toEqual(['油菜种植面积|12|万亩', '油菜产量|2.1|万吨']);
    expect(names('粮食播种面积和产量分别稳定在190万亩和16亿斤以上。')).toEqual(['粮食播种面积|190|万亩', '粮食产量|16|亿斤']);
  });

  it('should not support an output that names its own product, nor one after another kind of area', () => {
    expect(names('蔬菜种植面积稳定在9万亩以上，水产品产量达到1.4万吨。')).toEqual(['蔬菜种植面积|9|万亩', '水产品产量|1.4|万吨']);
    expect(names('新增森林面积3万亩，总产量达到2万吨。').map((n) => n.split('|')[0])).not.toContain('森林总产量');
  });
});
