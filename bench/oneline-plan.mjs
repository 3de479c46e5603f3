// A realistic plan body of any size, for the one-line benchmark case and tests: a title, a
// preamble, then 一、 → （一） → 1. sections whose items hold indicator sentences (婴儿死亡率控制在
// 5‰以下…) and an inline 一是…二是… enumeration. `separator` joins the title, the preamble and
// every numbered line: '\n' for the clean copy, '' for a body whose line breaks were lost.

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. */
function hanzi(n) {
  const tens = Math.floor(n / 10);
  const units = DIGITS[n % 10];
  if (tens === 0) return units;
  return `${tens === 1 ? '' : DIGITS[tens]}十${units}`;
}

const SECTION_HEADINGS = ['加强公共卫生体系建设', '推动优质医疗资源扩容下沉', '深化医药卫生体制改革', '提升全民健康水平', '强化组织保障'];
const SUBSECTION_HEADINGS = ['完善疾病预防控制体系', '提升妇幼健康服务水平', '加强基层卫生人才队伍建设', '推进中医药传承创新'];
const ITEM_HEADINGS = ['健全监测预警机制', '提升应急处置能力', '做好慢性病综合防治'];
const SENTENCES = [
  '到2025年，婴儿死亡率控制在5‰以下，孕产妇死亡率控制在12/10万以下。',
  '加强妇幼健康服务体系建设，推进出生缺陷综合防治，规范开展孕前优生健康检查。',
  '全市人均预期寿命达到80岁以上，居民健康素养水平提高到30%以上。',
  '每千人口执业（助理）医师数达到3.2人，每千人口注册护士数达到3.8人。',
  '健全分级诊疗制度，一是推动优质医疗资源扩容下沉，二是促进区域均衡布局，方便群众就近就医。',
  '65岁及以上老年人城乡社区规范健康管理服务率达到65%以上，二级以上综合医院设置老年医学科的比例达到80%。',
];
const TITLE = '某市2024年卫生健康工作要点';
const PREAMBLE = '2024年是实施“十四五”规划的关键一年。全市卫生健康工作要坚持以人民健康为中心，统筹推进各项重点任务，不断增强人民群众的获得感、幸福感和安全感。';
const SUBSECTIONS = 4;
const ITEMS = 3;
/** 一、 … 九十九、: the largest ordinal the hanzi-comma scheme reads. */
const MAX_SECTIONS = 99;

/** The plan's lines: about `bytes` UTF-8 bytes once joined. */
export function onelinePlanLines(bytes) {
  const sentenceBytes = SENTENCES.reduce((n, s) => n + Buffer.byteLength(s), 0) / SENTENCES.length;
  const itemBytes = 2 * sentenceBytes + 40;
  const sections = Math.max(1, Math.min(MAX_SECTIONS, Math.ceil(bytes / (SUBSECTIONS * ITEMS * itemBytes))));
  const sentencesPerItem = Math.max(2, Math.round(bytes / (sections * SUBSECTIONS * ITEMS * sentenceBytes)));
  const lines = [TITLE, PREAMBLE];
  let k = 0;
  for (let t = 1; t <= sections; t++) {
    lines.push(`${hanzi(t)}、${SECTION_HEADINGS[(t - 1) % SECTION_HEADINGS.length]}`);
    for (let s = 1; s <= SUBSECTIONS; s++) {
      lines.push(`（${hanzi(s)}）${SUBSECTION_HEADINGS[(s - 1) % SUBSECTION_HEADINGS.length]}`);
      for (let i = 1; i <= ITEMS; i++) {
        let body = '';
        for (let j = 0; j < sentencesPerItem; j++) body += SENTENCES[k++ % SENTENCES.length];
        lines.push(`${i}.${ITEM_HEADINGS[(i - 1) % ITEM_HEADINGS.length]}。${body}`);
      }
    }
  }
  return lines;
}

/** The plan as one text: `separator` '\n' gives the clean copy, '' the body run together on one line. */
export function onelinePlan(bytes, separator = '') {
  return `${onelinePlanLines(bytes).join(separator)}\n`;
}
