// Amounts of support policies and reward standards (给予…万元奖励, 按每人每年…元的标准): what a plan pays per unit or per
// case is a standard of the policy, not a level; a project's amounts keep the works they are for.
import type { Member, Statement } from './shapes.js';
import type { DateHit } from '../dates/scan.js';
import type { IndicatorGrammar } from '../grammar/indicators.js';
import { clauseEnd, clauseStart, doneWorkName, trimLead } from './metric.js';
import { bounded, type Reading } from './reading.js';
import { GRANT } from './grant.js';
import { han } from '../text/han.js';
import { WHITE_SPACE } from '../text/breaks.js';
import { basisStart } from './predicate.js';

/**
 * An investment with no project of its own right after a count of projects, in the next clause (实施县重点项目
 * 150个，完成年度投资180亿元以上): the investment of those projects (县重点项目年度投资). So is its growth written after it under the
 * same name (安排项目85个，完成投资38亿元，比上年增长12%): every member of the statement is that investment's. After works pushed on
 * in a clause before it (加快…建设，全年完成投资42亿元: worksBefore), it is those works'.
 */
export function projectAmounts(text: string, statements: Statement[], s: number, dates: DateHit[], g: IndicatorGrammar): Statement[] {
  for (let k = 0; k < statements.length; k++) {
    const st = statements[k] as Statement;
    const m = st.members[0];
    if (!m || !st.members.every((o) => o.metric === m.metric) || !g.projectAmounts.has(m.metric)) continue;
    const works = worksBefore(text, m.reading.q.start, s, dates, statements, g);
    if (works !== undefined) {
      const name = works + m.metric.slice(g.reachVerbs.startingAt(m.metric, 0)?.length ?? 0);
      for (const o of st.members) o.metric = name;
      continue;
    }
    const owner = statements[k - 1]?.members.at(-1);
    if (!owner || !owner.reading.q.unit.unit.startsWith('个')) continue;
    if (!g.projectHeads.endingAt(owner.metric, owner.metric.length) || clauseStart(text, m.reading.q.start, 0) !== clauseEnd(text, owner.reading.end, text.length) + 1) continue;
    // The projects without the verbs that carry them out (谋划实施重大项目 → 重大项目).
    let from = 0;
    for (let hit = g.objectVerbsBeforeNoun.indexIn(owner.metric); hit; hit = g.objectVerbsBeforeNoun.indexIn(owner.metric, hit.index + hit.word.length)) from = hit.index + hit.word.length;
    const name = owner.metric.slice(from) + doneWorkName(m.metric, g);
    for (const o of st.members) o.metric = name;
  }
  return statements;
}

/** How many clauses back the clause of the works may stand (加快…建设，6月底前完成路基工程，全年完成投资5.2亿元). */
const MAX_WORKS_CLAUSES = 3;

/**
 * The works a push verb opens an earlier clause of the sentence with, closed by 建设 (加快宜遂高速公路宜春段建设，全年完成投资42亿元
 * → 宜遂高速公路宜春段; grammar worksPushVerbs), when no clause between them (nor that one) holds an amount of the statements; the
 * investment with no project of its own at `at` is those works'. Undefined otherwise.
 */
function worksBefore(text: string, at: number, s: number, dates: DateHit[], statements: Statement[], g: IndicatorGrammar): string | undefined {
  const counted = (from: number, to: number): boolean => statements.some((st) => st.members.some((o) => o.reading.q.start >= from && o.reading.q.start < to));
  const own = clauseStart(text, at, s);
  // The amount's clause names nothing but the amount (全年完成投资42亿元); one that names works of its own (完成…改造投资3.5亿元) is theirs.
  const named = text.slice(trimLead(text, own, at, dates, g), at).replace(/\s+/gu, '');
  if (!g.projectAmounts.has(named.slice(g.reachVerbs.startingAt(named, 0)?.length ?? 0))) return undefined;
  let end = own - 1;
  for (let n = 0; n < MAX_WORKS_CLAUSES && end > s; n++) {
    const start = clauseStart(text, end, s);
    if (counted(start, end)) return undefined;
    const clause = text.slice(start, end).replace(/\s+/gu, '');
    const push = g.worksPushVerbs.startingAt(clause, 0);
    if (push !== undefined && clause.endsWith(WORKS_CLOSER) && clause.length - push.length - WORKS_CLOSER.length >= MIN_WORKS_NAME) return clause.slice(push.length, -WORKS_CLOSER.length);
    end = start - 1;
  }
  return undefined;
}

/** The word that closes the clause of named works (…高速公路宜春段建设). */
const WORKS_CLOSER = '建设';
/** The shortest name of works (a name of one character is a word of the verb: 加快建设). */
const MIN_WORKS_NAME = 2;

/** The verbs that pay a subsidy at a rate (按投资额的10%给予补助, 按…的30%予以补贴, 按…的5%追加奖励). */
const RATE_GRANT = /^(?:给[予与]|予以|追加)/u;
/** How far after a subsidy rate the reward word may stand (15%给予一次性补助). */
const RATE_REWARD_REACH = 8;

/**
 * A subsidy rate (按设备软件投入的15%给予补助, 按销售价格的15%给予补贴) is named by its reward word, as
 * statistics name it (补助比例), not by the base it is taken of.
 */
export function supportPolicies(text: string, statements: Statement[], g: IndicatorGrammar): Statement[] {
  for (const st of statements) {
    for (const m of st.members) {
      const r = m.reading;
      const verb = RATE_GRANT.exec(text.slice(r.end, r.end + 2))?.[0];
      if (r.q.unit.kind !== 'rate' || verb === undefined) continue;
      const word = g.rewardWords.indexIn(text, r.end + verb.length, Math.min(text.length, r.end + RATE_REWARD_REACH));
      if (word) m.metric = `${word.word}比例`;
    }
  }
  return statements;
}

/**
 * A reward or subsidy standard (给予一次性奖励50万元, 每人最高补贴2000元) is what a beneficiary receives,
 * not a target: an amount of money whose metric ends in a reward word, with no bound word that sets a
 * floor or cap (最高 alone is the standard's top, not a cap the plan sets).
 */
export function withoutRewardStandards(statements: Statement[], g: IndicatorGrammar, text: string): Statement[] {
  const standard = (m: Member): boolean => {
    const r = m.reading;
    if (!r.q.unit.amount) return false;
    if (g.rewardWords.endingAt(m.metric, m.metric.length) === undefined && g.benefitCaps.endingAt(m.metric, m.metric.length) === undefined && !perUnitAmount(text, r, g) && !standardTop(text, r, g) && !rewardAfter(text, r, g) && !rewardBefore(text, r, m.metric, g) && !conditionalPayment(text, r, g)) return false;
    // 发放技能提升补贴2000万元: a total paid out, not a standard; also where the reward word right before the amount was read as
    // the verb (发放扩岗补助1500万元: 补助 is the thing paid out, 发放 the verb).
    const disbursed = r.pred.verb !== undefined && (g.disburseVerbs.has(r.pred.verb.word) || g.disburseVerbs.indexIn(text, r.clause, r.pred.verb.start) !== undefined);
    if (disbursed && /[万亿]/u.test(r.q.unitText)) return false;
    return !bounded(r);
  };
  // A standard the plan raises or sets (生活补贴标准从每人每月209元提高到217元) is a target of its own. A verb that pays out
  // (分别发放90元、100元, read as a target verb after 分别) sets no standard: it pays one.
  // Nor does one that grants the amounts a reward noun after them names (分别给予1000元、2000元一次性奖励: rewardAfter).
  const setting = (r: Reading): boolean =>
    r.pred.verb !== undefined && (r.pred.verb.kind === 'target' || r.pred.verb.kind === 'change') && !g.disburseVerbs.has(r.pred.verb.word) && !rewardAfter(text, r, g);
  const raised = (st: Statement): boolean => st.members.some((m) => m.baseline || m.reading.pred.baseline || setting(m.reading));
  if (!statements.some((st) => !raised(st) && st.members.some(standard))) return statements;
  // The amounts listed after a per-unit standard are standards on the same basis, written once (补贴标准分别为每亩50元和40元).
  const perUnitList = (st: Statement): boolean => st.members.some((m) => m.reading.q.unit.amount === true && perUnitAmount(text, m.reading, g));
  const dropped = (st: Statement, m: Member): boolean => standard(m) || (m.reading.listed && m.reading.q.unit.amount === true && perUnitList(st));
  return statements.map((st) => (raised(st) ? st : { ...st, members: st.members.filter((m) => !dropped(st, m)) })).filter((st) => st.members.length > 0);
}

/** The amounts listed after one (、2000元、3000元) and the words between the last and a reward noun (的, 一次性). */
const REWARD_LIST_TAIL = /^(?:\s*(?:[、，,和及]|以及)\s*[0-9０-９.．]+[万亿]?元)*\s*的?(?:一次性)?/u;

/**
 * Whether a reward noun closes the clause right after the amount or the list it opens (按初级、中级、高级分别给予1000元、2000元、
 * 3000元一次性奖励): what each class receives, named after the amounts, as a standard named before them (奖励1000元) is. Not funds
 * to spend (安排1000万元奖补资金: 资金 follows the reward word).
 */
function rewardAfter(text: string, r: Reading, g: IndicatorGrammar): boolean {
  const at = r.end + (REWARD_LIST_TAIL.exec(text.slice(r.end, r.end + 40))?.[0].length ?? 0);
  const word = g.rewardWords.startingAt(text, at);
  if (word !== undefined && /^(?:$|[，,。；;）)])/u.test(text.slice(at + word.length, at + word.length + 1))) return true;
  // The reward noun may carry what the reward is for before its reward word (分别给予每人每月3000元、2000元生活补贴, 分别给予
  // 40万元、20万元购房补贴, 2000元、3000元技能提升补贴): a short run of Han characters that ends in a reward word and closes the clause.
  // Only where the clause grants the amounts (给予): 统筹资金1.2亿元用于就业补贴 is a sum to spend.
  const before = text.slice(r.clause, r.q.start);
  if (!GRANT.test(before)) return false;
  const noun = REWARD_NOUN.exec(text.slice(at, at + REWARD_NOUN_REACH + 1))?.[1];
  // Amounts granted class by class (按A、B、C三类分别给予500万元、300万元、100万元创业启动资金) are what each class receives, whatever
  // the noun calls the money.
  return noun !== undefined && (g.rewardWords.endingAt(noun, noun.length) !== undefined || SPREAD_GRANT.test(before));
}

/** 分别 right before that verb: the amounts after it go one to each class of beneficiary. */
const SPREAD_GRANT = /分别给[予与]/u;
/** How many characters a reward noun after the amounts may have (技能提升补贴, 一次性创业补贴). */
const REWARD_NOUN_REACH = 8;
/** A run of Han characters closed by a clause end. */
const REWARD_NOUN = han(/^(\p{Script=Han}{2,8})(?:$|[，,。；;）)])/u);

/**
 * Whether a reward word stands right before the amount's noun as its verb (考核优秀的，奖励工作经费3万元; 良好的奖励资金1万元): what a
 * unit receives for its grade, named by what it is paid as, a standard as 奖励1000元 is.
 */
function rewardBefore(text: string, r: Reading, metric: string, g: IndicatorGrammar): boolean {
  const before = text.slice(r.clause, r.q.start).trimEnd();
  if (metric === '' || !before.endsWith(metric)) return false;
  return g.rewardWords.endingAt(before, before.length - metric.length) !== undefined;
}

/**
 * Whether a bare amount in 元 is paid to whoever meets the condition a 的 closes right before the paying verb (生育第二个孩子的
 * 发放3000元, 符合条件的，给予2000元): the formula of a benefit rule, what each one who qualifies receives, also where the reward
 * noun was written once in the first of parallel clauses and left out of the next (…的发放生育补贴1000元，…的发放3000元). A
 * total in 万元 or 亿元 (…的发放3000万元) is a sum paid out, not one person's standard.
 */
function conditionalPayment(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (/[万亿]/u.test(r.q.unitText)) return false;
  let pos = r.q.start;
  while (pos > 0 && WHITE_SPACE[text.charCodeAt(pos - 1)] === 1) pos--;
  const verb = g.disburseVerbs.endingAt(text, pos)?.length ?? (GRANT.test(text.slice(pos - 2, pos)) ? 2 : 0);
  if (verb === 0) return false;
  pos -= verb;
  if (text[pos - 1] === '，' || text[pos - 1] === ',') pos--;
  return text[pos - 1] === '的';
}

/** Whether the amount stands right after the top word of a support standard (给予最高1000万元支持, 单个项目最高200万元). */
function standardTop(text: string, r: Reading, g: IndicatorGrammar): boolean {
  const before = text.slice(r.clause, r.q.start).trimEnd();
  return g.standardTops.endingAt(before, before.length) !== undefined;
}

/** A per-unit frame before an amount (每人每月, 每生每天, 每户): the amount is what each one receives or pays. */
const PER_UNIT_FRAME = /每/u;
/** 按 (按照) before a per-unit frame (县财政按每例筛查120元、每例复查150元的标准安排资金): the rate a sum is reckoned at, a
 *  standard however many words stand between the frame and the amount (the name of what each unit is, read into the metric). */
const RATE_FRAME = /按照?每/u;

/**
 * An amount in 元 stated per person or unit, with no target or change verb (救助标准每人每月300元, 营养膳食补助每生每天5元, 基本
 * 生活标准为每人每月900元): a standard of what each one receives or pays, as g26/g35 leave such standards out, not a target.
 * A standard the plan raises (提高到每人每月800元) or bounds (不低于每人每月80元) stays.
 */
function perUnitAmount(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if ((/[万亿]/u.test(r.q.unitText) && !namedStandard(text, r, g)) || r.pred.verb?.kind === 'target' || r.pred.verb?.kind === 'change') return false;
  return PER_UNIT_FRAME.test(text.slice(r.pred.verb?.end ?? r.pred.start, r.q.start)) || RATE_FRAME.test(text.slice(r.clause, r.q.start)) || PER_UNIT_AFTER.test(text.slice(r.q.end, r.q.end + 2)) || perUnitPayment(text, r.q.start, g);
}

/**
 * Whether the clause names the amount a standard before its per-unit frame (补助标准为每台20万元, 奖补标准每个50万元): what each unit
 * receives, in 万元 too, where an amount per unit in 万元 is otherwise what a project is given (每个项目安排50万元). The standard
 * may take its per-unit basis with 按照/按/依照 as well as with 为 (改造补助标准按照每户1.2万元执行, 奖补标准按每个站点10万元执行:
 * grammar provisionFrames openers): the rate it is paid at, as 为 states it. The basis may be two frames in a row (每人每年, 每户每月:
 * the standards of 护林员, 低保 and 育儿 schemes), the standard's name before the first.
 */
function namedStandard(text: string, r: Reading, g: IndicatorGrammar): boolean {
  const before = text.slice(r.clause, r.q.start);
  const last = before.lastIndexOf('每');
  if (last < 0) return false;
  // A basis of two frames in a row (补助标准为每人每年1万元, 奖补标准为每户每年2万元: who and how often) opens at its first 每.
  const frame = basisStart(before, last, g);
  const end = frame - (g.copulas.endingAt(before, frame)?.length ?? g.provisionOpeners.endingAt(before, frame)?.length ?? 0);
  return g.standardNouns.endingAt(before, end) !== undefined;
}

/**
 * A per-head basis, then a verb that pays out, right before the amount (高龄津贴每人每月发放100元, 两项补贴每人每月分别发放90元、
 * 100元): what each one is paid, the same standard as 每人每月100元; the verb is no target verb, so the frame stands before it.
 */
function perUnitPayment(text: string, at: number, g: IndicatorGrammar): boolean {
  let pos = at;
  while (pos > 0 && WHITE_SPACE[text.charCodeAt(pos - 1)] === 1) pos--;
  const verb = g.disburseVerbs.endingAt(text, pos);
  if (!verb) return false;
  pos -= verb.length;
  pos -= g.distributors.endingAt(text, pos)?.length ?? 0;
  return basisStart(text, pos, g) < pos;
}

/**
 * The per-unit base written after the amount as a rate unit (生育补贴3000元/孩, 补助500元/人, 奖补2000元/户): the same standard
 * of what each one receives as 每孩3000元, the way 卫健/民政 notices print their subsidy tables.
 */
const PER_UNIT_AFTER = /^\s*[\/／](?:孩|人|户|生|名|位|床|次|胎)/u;

/** Whether the subject at `at` opens a bracket written right after the count `before` (新增献血点3个（醴陵市、攸县各1个）). */
export function bracketAfterCount(text: string, at: number, before: Reading | undefined): boolean {
  if (!before || before.q.unit.kind !== 'count') return false;
  const gap = text.slice(before.end, at).trim();
  return gap === '（' || gap === '(';
}
