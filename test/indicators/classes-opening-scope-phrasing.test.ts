// Phrasings of 教育 and 食品安全 plans (genre g247-g248 showed them): sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: classes counted in 个班 (新增幼儿园班级24个班)', () => {
  it('should support 个班 after a count of classes named before the number as the unit', () => {
    expect(names('全年新增普惠性幼儿园班级18个班。')).toEqual(['普惠性幼儿园班级|18|个班']);
    expect(names('秋季学期新增小学一年级12个班，初中起始年级8个班。')).toEqual(['小学一年级|12|个班', '初中起始年级|8|个班']);
  });

  it('should not support 个班 where 班 starts the noun 个 counts (班组, 班子, 班级)', () => {
    expect(names('每个街道组建5个班组。')).toEqual(['班组|5|个']);
    expect(names('新建3个班级，招收幼儿90名。')).toEqual(['班级|3|个', '幼儿|90|名']);
  });
});

describe('indicators: 开设, the classes, clinics and windows a plan opens (开设托班15个)', () => {
  it('should support the count of what 开设 opens', () => {
    expect(names('依托公办园开设托班12个班。')).toEqual(['托班|12|个班']);
    expect(names('全区开设老年医学门诊6个。')).toEqual(['老年医学门诊|6|个']);
  });

  it('should not support 开设 inside a rate’s name as an opening of a count', () => {
    expect(names('开设托班的幼儿园比例达到60%。')).toEqual(['开设托班的幼儿园比例|60|%']);
    expect(names('托班开设率保持在95%以上。')).toEqual(['托班开设率|95|%']);
  });
});
