// GB/T 9704 §7.3.3 附件说明: after the body, 附件： names the attachments, one or a numbered list (附件：1.…2.…). On a page
// that lost its line breaks the list runs on from the body's last sentence; its items name documents and are no sections of
// the plan, as the block layer has it for the list on lines of its own. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { outline } from './outline-helpers.js';

/** The markers of an outline with their indents (the titles of headings run on into their bodies are another matter). */
const markers = async (text: string): Promise<string[]> => (await outline(text)).map((l) => l.split(' ')[0] as string);

const BODY = [
  '某县2026年家庭医生签约服务工作方案',
  '为做实做细家庭医生签约服务，结合我县实际，制定本方案。',
  '一、工作目标',
  '到2026年底，全县常住人口签约覆盖率稳步提高，重点人群签约服务质量明显提升。',
  '二、工作措施',
  '（一）组建签约团队',
  '以乡镇卫生院全科医生为核心，吸纳村医、护士和公卫人员组成签约团队。',
  '（二）丰富服务内容',
  '针对老年人、慢性病患者和孕产妇等重点人群，提供个性化签约服务包。',
  '（三）加强督导考核',
  '县卫生健康局定期对签约服务开展情况进行督导，结果纳入绩效考核。',
];

describe('an attachment list run on from a body that lost its line breaks', () => {
  it('should not support the numbered attachment names as sections', async () => {
    const text = `${BODY.join('')}附件：1.签约服务团队组成名单2.重点人群签约服务包目录3.签约服务督导评分表`;
    expect(await markers(text)).toEqual(await markers(BODY.join('\n')));
  });
  it('should not support them after a space and a half-width colon either', async () => {
    const text = `${BODY.join(' ')} 附件: 1.签约服务团队组成名单 2.签约服务督导评分表`;
    expect(await markers(text)).toEqual(await markers(BODY.join('\n')));
  });
  it('should support the numbered items of the body when no 附件： leads them', async () => {
    const items = ['1.强化队伍建设。每个团队至少配备1名全科医生。', '2.优化服务流程。推行线上签约和续约。'];
    const text = [...BODY.slice(0, 6), ...items, ...BODY.slice(6)].join('');
    expect((await outline(text)).filter((l) => /^\s*[12]\./u.test(l))).toHaveLength(2);
  });
});
