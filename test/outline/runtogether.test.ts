// A body run together on one line (a web page printed to PDF) gives the outline of its clean copy.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { outline } from './outline-helpers.js';

const CLEAN = [
  '某区2024年卫生健康工作要点',
  '2024年是实施“十四五”规划的关键一年。全区卫生健康工作要坚持以人民健康为中心，统筹推进各项重点任务，为建设健康城区提供坚实保障，不断增强人民群众的获得感、幸福感和安全感。',
  '一、加强公共卫生体系建设',
  '（一）完善疾病预防控制体系',
  '1.健全监测预警机制。建立多点触发的传染病监测预警体系，提升早期发现和快速处置能力，定期开展风险评估和应急演练，确保突发事件得到及时有效处置。',
  '2.提升应急处置能力。完善应急预案体系，加强应急队伍建设和物资储备，做好重大活动医疗保障，推动应急处置规范化、标准化和专业化。',
  '（二）加强重点疾病防控',
  '3.做好慢性病综合防治。推进慢性病综合防控示范区建设，开展高血压、糖尿病患者规范管理，加强癌症早期筛查，提高重点人群健康管理水平。',
  '二、推动优质医疗资源扩容下沉',
  '（一）深化紧密型医联体建设',
  '4.推进资源共享。推动检查检验结果互认，建设区域影像、检验和心电诊断中心，完善双向转诊机制，引导优质资源下沉基层，方便群众就近就医。',
  '（二）提升基层服务能力',
  '5.加强基层人才队伍建设。实施基层卫生人才能力提升培训项目，完善基层人员职称评审和薪酬激励政策，稳定和壮大基层卫生人才队伍。',
  '三、强化组织保障',
  '（一）加强组织领导。各单位要细化工作措施，明确责任分工，确保各项任务落到实处。',
];

/** The same text as a web page printed to PDF: one line, page breaks and the site footer inside sentences. */
function runTogether(lines: string[], separator: string): string {
  const body = lines.join(separator);
  const cut = body.indexOf('获得感');
  return `${body.slice(0, cut)}\f网站标识码 版权所有 本网站\f${body.slice(cut)}\n`;
}

describe('a body run together on one line', () => {
  it('should support the same outline as the clean copy (line breaks lost as spaces)', async () => {
    const clean = await outline(CLEAN.join('\n'));
    expect(clean).toHaveLength(13);
    expect(await outline(runTogether(CLEAN, ' '))).toEqual(clean);
  });

  it('should support the same outline as the clean copy (line breaks lost entirely)', async () => {
    expect(await outline(runTogether(CLEAN, ''))).toEqual(await outline(CLEAN.join('\n')));
  });

  it('should not support classing the long line as furniture', async () => {
    const plan = await extract(runTogether(CLEAN, ' '));
    expect(plan.children.some((c) => c.type === 'section')).toBe(true);
    expect(JSON.stringify(plan.children)).not.toContain('"boilerplate"');
  });

  it('should not support markers inside an ordinary long paragraph', async () => {
    const paragraph = '各单位要加强组织领导。'.repeat(30) + '1.完善机制。2.强化考核。'+ '确保任务落实。'.repeat(30);
    const text = `一、总体要求\n${paragraph}\n二、主要任务\n${'内容。'.repeat(400)}\n三、保障措施\n`;
    expect(await outline(text)).toEqual(['一、 总体要求', '二、 主要任务', '三、 保障措施']);
  });
});

// A work plan whose upper headings are each followed by items 一是…二是… set as paragraphs of their own.
const ITEMS = [
  '某县2025年农业农村工作计划',
  '一、稳定粮食生产',
  '一是落实耕地保护责任。严格执行耕地占补平衡制度，全年建成高标准农田2万亩。',
  '二是抓好春耕备耕。做好种子化肥等农资储备调运，确保农资供应充足、价格稳定。',
  '二、守牢防止返贫底线',
  '一是健全监测帮扶机制。对监测对象做到应纳尽纳、应帮尽帮，及时消除返贫风险。',
  '二是壮大帮扶产业。每个乡镇培育特色产业基地1个以上，带动脱贫群众稳定增收。',
  '三是强化就业帮扶。开展技能培训和劳务协作，全年转移就业脱贫劳动力1500人以上。',
];

describe('a heading run straight into its first item on one line', () => {
  it('should support the items 一是…二是… of a heading that lost its line end, as in the clean copy', async () => {
    const clean = await outline(ITEMS.join('\n'));
    expect(clean).toContain('  一是 健全监测帮扶机制');
    expect(await outline(ITEMS.join(''))).toEqual(clean);
  });

  it('should not support a heading run into a first item that no second item follows', async () => {
    const text = ['某县2025年农业农村工作计划', '一、稳定粮食生产', '一是落实耕地保护责任。严格执行耕地占补平衡制度，全年建成高标准农田2万亩。', '二、守牢防止返贫底线', '健全监测帮扶机制，及时消除返贫风险。'].join('');
    expect((await outline(text)).filter((s) => s.trim().startsWith('一是'))).toEqual([]);
  });

  it('should not support an item far from the heading, past the words a heading can have', async () => {
    const text = ['某县2025年农业农村工作计划', '一、稳定粮食生产', '各乡镇要把粮食安全作为农村工作的重中之重加以落实其中最为紧要的任务之一是落实耕地保护责任。二是抓好春耕备耕。'].join('');
    expect((await outline(text)).filter((s) => /^[一二]是/u.test(s.trim()))).toEqual([]);
  });
});

describe('a heading run into the label of the list under it on one line', () => {
  // Each area heading is followed by a labelled list (主要目标：1.…), each on a line of its own.
  const AREAS = [
    '某市儿童发展规划（2021—2030年）',
    '一、发展领域和主要目标',
    '（一）儿童与健康',
    '主要目标：',
    '1.婴儿死亡率控制在5‰以下。',
    '2.儿童青少年总体近视率每年降低0.5个百分点。',
    '（二）儿童与教育',
    '主要目标：',
    '1.学前教育毛入园率达到92%以上。',
    '2.九年义务教育巩固率达到97%以上。',
  ];

  it('should support the heading without the label, as in the clean copy', async () => {
    const one = await outline(AREAS.join(''));
    expect(one).toContain('  （一） 儿童与健康');
    expect(one).toContain('  （二） 儿童与教育');
  });

  it('should not support a label cut off a heading that names a year with it, nor a heading that is the label', async () => {
    const text = ['某县2026年教育工作要点', '一、2026年主要目标：', '1.学前教育毛入园率达到92%以上。', '2.九年义务教育巩固率达到97%以上。', '二、主要任务：', '1.推进学前教育普惠发展，新建幼儿园3所。', '2.促进义务教育优质均衡，新增学位1200个。'].join('');
    const one = await outline(text);
    expect(one).toContain('一、 2026年主要目标');
    expect(one).toContain('二、 主要任务');
  });
});

// A body saved as two very long lines: the break before 三、 was kept, all others lost.
describe('a body saved as two or three long lines', () => {
  const part = (k: string, n: number) => `${k}、推进第${n}项重点工作（一）完善工作机制。${'各部门要明确分工，细化措施，压实责任，确保各项任务按时完成。'.repeat(8)}1.健全协调机制。建立定期会商制度，及时研究解决工作推进中的突出问题。2.强化督促落实。对重点任务实行清单化管理，定期通报进展情况。（二）加强能力建设。加强业务培训，提升干部队伍专业化水平和履职能力。`;

  it('should support the headings of every long line', async () => {
    const text = `某市2025年重点工作安排\n${part('一', 1)}${part('二', 2)}\n${part('三', 3)}某市人民政府办公室2025年2月10日\n`;
    const out = await outline(text);
    expect(out.filter((l) => !l.startsWith(' '))).toEqual(['一、 推进第1项重点工作', '二、 推进第2项重点工作', '三、 推进第3项重点工作']);
    expect(out).toContain('    1. 健全协调机制');
    expect(out).toHaveLength(15);
  });

  it('should not support markers inside long paragraphs under headings on lines of their own', async () => {
    const paragraph = '各单位要加强组织领导，细化工作措施。'.repeat(20) + '1.完善机制。2.强化考核。' + '确保任务落实到位。'.repeat(20);
    const text = `一、总体要求\n${paragraph}\n二、主要任务\n${paragraph}\n`;
    expect(await outline(text)).toEqual(['一、 总体要求', '二、 主要任务']);
  });
});
