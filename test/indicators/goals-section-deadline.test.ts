// A goals section (一、工作目标) of a plan over several years opens with the deadline once (到2029年，…。) and sets its goals under it as
// numbered items: the deadline governs the items that name no year of their own. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const years = async (...lines: string[]) =>
  (await extract(['某县慢性病综合防控行动方案（2027—2029年）', ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [
    i.metric,
    i.value,
    i.year,
  ]);

describe('indicators: the deadline that opens a goals section', () => {
  it('should support numbered run-in goals under the opening deadline', async () => {
    expect(
      await years(
        '一、工作目标',
        '　　到2029年，全县慢性病防控体系更加完善，重大慢性病过早死亡率持续下降。',
        '　　（一）高血压防控目标。高血压患者基层规范管理服务率达到70%以上。',
        '　　（二）糖尿病防控目标。糖尿病患者基层规范管理服务率达到68%以上。',
        '二、保障措施',
        '　　（一）加强领导。各乡镇要明确责任。',
      ),
    ).toEqual([
      ['高血压患者基层规范管理服务率', 70, 2029],
      ['糖尿病患者基层规范管理服务率', 68, 2029],
    ]);
  });

  it('should support numbered goals on lines of their own under a 主要目标 heading', async () => {
    expect(
      await years(
        '二、主要目标',
        '　　到2028年底，全县心脑血管疾病防治能力明显提升。',
        '　　1.胸痛中心建设。县级医院胸痛中心覆盖率达到100%。',
        '　　2.早诊早治。高危人群脑卒中筛查率达到60%以上。',
      ),
    ).toEqual([
      ['县级医院胸痛中心覆盖率', 100, 2028],
      ['高危人群脑卒中筛查率', 60, 2028],
    ]);
  });

  it('should support an item that names its own year keeping it', async () => {
    expect(
      await years(
        '一、工作目标',
        '　　到2029年，全县癌症防治体系基本建立。',
        '　　（一）筛查目标。到2027年，重点癌症早诊率达到55%以上。',
        '　　（二）生存目标。癌症5年生存率达到45%。',
      ),
    ).toEqual([
      ['重点癌症早诊率', 55, 2027],
      ['癌症5年生存率', 45, 2029],
    ]);
  });

  it('should not support a deadline opening a task section', async () => {
    expect(
      await years(
        '三、重点任务',
        '　　到2029年，基本建成慢性病综合防控示范区。',
        '　　（一）开展健康教育。居民健康素养水平达到35%以上。',
      ),
    ).toEqual([['居民健康素养水平', 35, null]]);
  });

  it('should not support a goals section that opens with a past year', async () => {
    expect(
      await years(
        '一、工作目标',
        '　　2026年，全县慢性病防控工作取得积极进展。',
        '　　（一）高血压防控目标。高血压患者基层规范管理服务率达到70%以上。',
      ),
    ).toEqual([['高血压患者基层规范管理服务率', 70, null]]);
  });
});
