// A list of targets writes its verb once and gives the next statistics bare, clause after clause (门急诊量达到85万人次，出院患者
// 3.2万人次，手术1.1万台次): each bare count after a comma goes on the list, after the target and after a bare member of it alike
// (list-members.ts bareCountAfterTarget, Reading.bareMember). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { indicators } from './helpers.js';

const items = (t: string) => indicators(t).map((i) => `${i.metric} ${i.value}${i.unit}`);

describe('bare counts going on a list of targets past its first bare member', () => {
  it('should support every bare count of the list as a target', () => {
    expect(items('全年体检人数达到12万人次，慢病随访8万人次，家庭病床600张。')).toEqual(['体检人数 12万人次', '慢病随访 8万人次', '家庭病床 600张']);
    expect(items('新建农贸市场3个，摊位400个，停车位260个。')).toEqual(['农贸市场 3个', '摊位 400个', '停车位 260个']);
  });
  it('should not support a bare count with no target before the list, or a stock after it', () => {
    expect(items('全院职工1200人，床位800张，科室32个。')).toEqual([]);
    expect(items('全年体检人数达到12万人次，慢病随访8万人次，现有签约医生300名。')).toEqual(['体检人数 12万人次', '慢病随访 8万人次']);
  });
});
