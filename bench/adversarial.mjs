#!/usr/bin/env node
// `npm run bench:adversarial`: every stage stays linear on hostile input. Each generator builds
// a document of n and of 2n units; the time ratio should stay near 2 (a quadratic stage shows 4).
// Options: --mb N (size of the larger input, default 10), --only TEXT (the inputs whose name holds TEXT).
import { extract } from '../dist/index.js';
import { onelinePlan } from './oneline-plan.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const MB = arg('--mb', 10);
/** --only TEXT: only the inputs whose name holds TEXT. */
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

const repeat = (unit, bytes) => unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit))));
const CASES = {
  'one long line of text': (b) => repeat('婴儿死亡率下降到4‰以下，孕产妇死亡率控制在20/10万以内，', b),
  'markers, one per line': (b) => repeat('一、\n(一)\n1.\n①\n一是二是三是\n', b),
  'markers on one line': (b) => repeat('一是二是三是四是(一)1.一、', b),
  'digits': (b) => repeat('1234567890', b),
  'punctuation': (b) => repeat('。，、；：！？“”《》（）', b),
  'numbers and units': (b) => repeat('1-3个百分点、20/10万、7.0%和9.5%', b),
  // One sentence of thousands of deadlines and quantities (a target table flattened onto one line, no stop): each quantity's date
  // was found by testing every date of the sentence.
  'deadlines in one sentence': (b) => repeat('到2025年全市新增就业2万人 2030年达到3万人 ', b),
  'deadlines opening clauses': (b) => repeat('到2025年，全市新增就业2万人，', b),
  'quotes never closed': (b) => repeat('“', b),
  'blank lines and spaces': (b) => repeat(' \u3000\n\n', b),
  // A tab-parted table whose rows ran together on one line (each row's last cell into the next's first).
  'table rows run together': (b) => '各地要推进重点工作，确保按期完成任务。'.repeat(40) + repeat('类别\t指标\t单位\t2025年\t属性健康水平\t人均预期寿命\t岁\t79\t预期性', b),
  // A table set one cell a line whose cells ran together on one line: a header, then rows (values run together),
  // and header words over and over with no row after them.
  'table cells run together': (b) => '各地要推进重点工作，确保按期完成任务。'.repeat(40) + '指标单位2020年2025年属性' + repeat('森林覆盖率%61.562约束性', b),
  'header cells run together': (b) => '各地要推进重点工作，确保按期完成任务。'.repeat(40) + repeat('序号指标名称指标属性基准值（2020年）目标值（2025年）', b),
  // The same with a space where each line break was (a text extractor that joined a page's blocks with spaces): the
  // cells' reader reads the line without its spaces.
  'table cells run together, spaced': (b) => '各地要推进重点工作，确保按期完成任务。 '.repeat(40) + '指标 单位 2020年 2025年 属性 ' + repeat('森林覆盖率 % 61.5 62 约束性 ', b),
  // Markdown rule rows and pipes run together on one line.
  'pipe rows run together': (b) => '各地要推进重点工作，确保按期完成任务。'.repeat(40) + repeat('| 指标 | 2025年 || --- | --- || 覆盖率 | 90% |', b),
  'pipe rows run together, spaced': (b) => '各地要推进重点工作，确保按期完成任务。 '.repeat(40) + repeat('| 指标 | 2025年 | | --- | --- | | 覆盖率 | 90% | ', b),
  'one PDF-broken paragraph': (b) => repeat('加强 党的建设的永恒课题和全体党员干部的终身课题始终做到初心\n', b),
  // Pages of PDF text: a bare page number at each foot, a running head after each form feed.
  'pages: numbers and heads': (b) => repeat('正文第一行内容\n12\n\f某某市人民政府办公室\n', b),
  'form feeds only': (b) => repeat('\f\n', b),
  // Page breaks with no line ends at all: each form feed starts a line, whose leading spaces were scanned to the end.
  'form feeds on one line': (b) => repeat('\f', b),
  // A web page's source: tags never closed, references never ended.
  'tags and references never closed': (b) => repeat(`<p style="${'x'.repeat(300)} &nbsp&#12288`, b),
  // One line of spaced dates that ends as a signature line does (a date last): the full-date reader copies it without the
  // spaces inside dates; and OCR's O for 〇 over and over, read as 〇 after each numeral.
  'spaced dates on one line': (b) => repeat('某某县人民政府 2026 年 3 月 5 日 ', b) + '2026年3月5日',
  'OCR zeros on one line': (b) => repeat('二O', b) + '二O二六年三月五日',
  // A task division's paragraph of tasks, each with its bracket of who leads it and by when (完成时限): each bracket's deadline
  // was looked for among all the paragraph's dates.
  'task brackets in one paragraph': (b) => repeat('完成老旧小区改造8个（牵头单位：市住建局；完成时限：2027年6月底前）。', b),
  // A scraped plan that lost its line breaks: title, 一、（一）1. and indicator sentences on one line.
  'plan body on one line': (b) => onelinePlan(b, ''),
  // One run-on sentence of yearly amounts after a sentence whose year would carry into it, 每年 inside each clause but opening
  // none: each amount looked for a clause-opening 每年 from the sentence's start.
  'yearly amounts in one sentence': (b) => '到2027年，全市卫生健康事业取得新进展。' + repeat('全市每年新增床位200张，', b),
};

/** Time of one extraction, and what it found: sections and indicators. */
async function time(text) {
  const t0 = performance.now();
  const plan = await extract(text, { path: 'adversarial.txt' });
  return { ms: performance.now() - t0, sections: countSections(plan.children), indicators: plan.indicators.length };
}

function countSections(nodes) {
  let n = 0;
  for (const node of nodes) if (node.type === 'section') n += 1 + countSections(node.children);
  return n;
}

console.log(`adversarial inputs — n = ${MB / 2} MB vs 2n = ${MB} MB (ratio ≈ 2 means linear)`);
for (const [name, make] of Object.entries(CASES)) {
  if (only !== undefined && !name.includes(only)) continue;
  const small = make((MB / 2) * 1e6);
  const large = make(MB * 1e6);
  await time(small.slice(0, 1e5)); // warm-up
  const a = await time(small);
  const b = await time(large);
  const found = `${b.sections} sections, ${b.indicators} indicators`;
  console.log(`${name.padEnd(32)} ${(a.ms / 1000).toFixed(2).padStart(7)} s ${(b.ms / 1000).toFixed(2).padStart(7)} s  ratio ${(b.ms / a.ms).toFixed(2)}  (2n: ${found})`);
}
