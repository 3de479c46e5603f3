// The year a 专栏 box's caption dates its lines by, on documents written for these tests.
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const plan = (caption: string) =>
  [
    '某县养老服务体系建设三年行动方案（2025—2027年）',
    '一、重点任务',
    '（一）扩大服务供给。支持社会力量参与养老服务，提升服务质量。',
    caption,
    '1.社区养老服务中心：新建社区养老服务中心6个。',
    '2.护理型床位：新增护理型床位800张。',
    '（二）加强人才培养。养老护理员持证上岗率达到90%。',
    '',
  ].join('\n');
const years = (items: string[]) => items.map((i) => i.split('|').slice(0, 2).concat(i.split('|')[5] ?? '').join('|'));

describe('indicators: the span a 专栏 caption names', () => {
  it('should support the last year of a caption\'s span of years for the box\'s lines (专栏1　2025—2027年…重点项目)', async () => {
    expect(years(await documentItems(plan('专栏1　2025—2027年养老服务设施重点项目')))).toEqual([
      '社区养老服务中心|6|2027',
      '护理型床位|800|2027',
      '养老护理员持证上岗率|90|null',
    ]);
  });
  it('should not support a caption that names a period or no year as a date of the box\'s lines (“十五五”重点工程)', async () => {
    expect(years(await documentItems(plan('专栏1　养老服务设施重点项目'))).map((y) => y.split('|')[2])).toEqual(['null', 'null', 'null']);
    expect(years(await documentItems(plan('专栏1　“十五五”养老服务重点工程'))).map((y) => y.split('|')[2])).toEqual(['null', 'null', 'null']);
  });
  it('should not support a caption\'s year for the lines of the box right after it, whose own caption names none (专栏3 … | 专栏4 …)', async () => {
    const boxes = plan('专栏3　2026—2028年农村互助养老设施建设项目').replace(
      '（二）加强人才培养',
      '专栏4　乡村养老服务网络建设工程\n1.农村养老服务站：新增农村养老服务站12个。\n（二）加强人才培养',
    );
    expect(years(await documentItems(boxes))).toEqual([
      '社区养老服务中心|6|2028',
      '护理型床位|800|2028',
      '农村养老服务站|12|null',
      '养老护理员持证上岗率|90|null',
    ]);
  });
});
