// Numbers of a scoring rule (每低1个百分点扣0.5分, 达到35%的得满分, 占考核总分的40%): the points an assessment allots and
// deducts, and the thresholds it scores against, no targets.
import type { Reading } from './reading.js';
import type { IndicatorGrammar } from '../grammar/indicators.js';
import { han } from '../text/han.js';

/** Points with no verb or bound of their own; a verb of works read inside a component's name (行风建设10分) sets none, points being nothing built. */
function barePoints(r: Reading): boolean {
  const { pred, post } = r;
  return (!pred.verb || pred.verb.kind === 'object') && !pred.comparator && !post && !pred.distributor;
}

/**
 * Whether a sentence shares points out among components, as a scoring rule gives each its weight (其中，党建和行风建设10分，基本医疗
 * 服务30分，…): two or more numbers of points, all bare. A sentence where a verb or bound sets one (门诊患者满意度达到92.5分，住院患者
 * 满意度95.3分) states levels, its bare members borrowing that verb.
 */
export function allotsPoints(all: readonly Reading[], g: IndicatorGrammar): boolean {
  let n = 0;
  for (const r of all) {
    if (!g.scoreUnits.has(r.q.unit.unit)) continue;
    if (!barePoints(r)) return false;
    n++;
  }
  return n >= 2;
}

/** Whether `ch` stands in text[from, to): scanned within the clause only, so that a long text without it costs no more. */
function charBetween(text: string, ch: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) if (text[i] === ch) return true;
  return false;
}

/**
 * Whether a bare count is the sample an assessment's check draws from each body it checks (每单位随机抽查居民健康档案30份, 每院抽取
 * 签约居民20人): a 每 in its clause, then a verb of sampling (grammar sampleVerbs) before it, and no bound of its own.
 */
function checkSample(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (r.post || r.pred.comparator) return false;
  const per = text.indexOf('每', r.clause);
  if (per < 0 || per >= r.q.start) return false;
  return g.sampleVerbs.indexIn(text, per + 1, r.q.start) !== undefined;
}

/** A bracket of one to three characters (每低（高）1个百分点: the opposite direction the same step counts in). */
const SHORT_BRACKET_BEFORE = han(/[（(]\p{Script=Han}{1,3}[）)]$/u);

/** Whether a rate at `start` is the rest of a sum after a verb of paying it (拨付其余40%): grammar remainderWords, payRateVerbs. */
function paidRemainder(text: string, start: number, g: IndicatorGrammar): boolean {
  const rest = g.remainderWords.endingAt(text, start);
  return rest !== undefined && g.payRateVerbs.endingAt(text, start - rest.length) !== undefined;
}

/** What may stand between a verb of deducting and the share it deducts: the sum it is a share of (下年度预拨资金的, 补助资金). */
const DEDUCTED_SUM = han(/^\p{Script=Han}{0,12}$/u);

/**
 * Whether a rate at `start` is the share a verb of deducting takes off as a sanction (扣减下年度预拨资金的10%, 核减补助资金20%): the
 * verb's object, right after it or after the sum it is a share of. Not a rate a later verb sets (扣除价格因素后实际增长6%: the
 * deduction is how the growth is counted).
 */
function deductedShare(text: string, clause: number, start: number, g: IndicatorGrammar): boolean {
  const verb = g.deductVerbs.indexIn(text, clause, start);
  if (verb === undefined) return false;
  const between = text.slice(verb.index + verb.word.length, start);
  return DEDUCTED_SUM.test(between) && g.changeVerbs.indexIn(between) === undefined && g.targetVerbs.indexIn(between) === undefined;
}

/**
 * Whether a value is a number of a scoring rule, the way an assessment (考核办法, 评分细则) turns results into points, not a level
 * the plan sets to reach: the step a deduction or bonus is counted in (每低1个百分点扣0.5分, 每低（高）1个百分点: grammar scoreSteps
 * right before it), a bounded or reached level closed by 的 that a score or grade follows from (达到35%的得满分, 低于50%的本项不得分,
 * 90分以上的为优秀: grammar scoreConsequences after the 的), and the weight of a component, a share of the total score
 * (日常考核结果占考核总分的40%: 占 and grammar scoreTotals before it). A scoring sheet that sets a target writes it as one
 * (目标值：门诊处方合格率达到95%以上), which none of these touches. `allotted`: the sentence shares points out among components
 * (see allotsPoints).
 */
export function scoringRule(text: string, r: Reading, g: IndicatorGrammar, allotted: boolean, s: number): boolean {
  const { q, pred, post } = r;
  const bracket = SHORT_BRACKET_BEFORE.exec(text.slice(Math.max(r.clause, q.start - 5), q.start));
  if (g.scoreSteps.endingAt(text, q.start - (bracket ? bracket[0].length : 0)) !== undefined) return true;
  if ((post || pred.comparator || pred.verb) && text[r.end] === '的' && g.scoreConsequences.startingAt(text, r.end + 1) !== undefined) return true;
  // The rate or measure a sum or a norm is paid or worked out at (按核定基数的110%核拨, 合格的按95%核拨, 每床建筑面积按50㎡核定): 按
  // before it, a verb of paying or approving right after, no bound of its own.
  if (!post && !pred.comparator && g.payRateVerbs.startingAt(text, r.end) !== undefined && charBetween(text, '按', r.clause, q.start)) return true;
  if (q.unit.kind === 'rate') {
    const end = text[q.start - 1] === '的' ? q.start - 1 : q.start;
    const total = g.scoreTotals.endingAt(text, end);
    if (total !== undefined && charBetween(text, '占', r.clause, end - total.length)) return true;
    // The weight of a component named by its score right before 占, with no bound (牵头医院得分占60%, 平时考核成绩占30%: grammar scoreParts).
    if (!post && !pred.comparator && text[q.start - 1] === '占' && g.scoreParts.endingAt(text, q.start - 1) !== undefined) return true;
    // So is a component named bare before 占 after the sentence names the scale of the score (评价采取百分制，其中组织管理占10%:
    // grammar scoreScales): the parts of the hundred points.
    if (!post && !pred.comparator && text[q.start - 1] === '占' && g.scoreScales.indexIn(text, s, r.clause) !== undefined) return true;
    // The last instalment of such a payment (拨付其余40%) and a share deducted as a sanction (扣减下年度预拨资金的10%).
    if (!post && !pred.comparator && (paidRemainder(text, q.start, g) || deductedShare(text, r.clause, q.start, g))) return true;
    // The quota of a grade (优秀等次单位数不超过总数的30%): how many may get it, a rule of grading (grammar gradeWords).
    if (g.gradeWords.indexIn(text, r.clause, q.start) !== undefined) return true;
  }
  // Points: bare numbers of them listed over components are the components' shares of the score (其中，党建工作10分，医疗服务30分);
  // after a word that adds or deducts them, or in a clause of bonus or deduction items, the score's arithmetic (扣2分, 最高加5分,
  // 加分项（最高5分）).
  if (q.unit.kind === 'count' && checkSample(text, r, g)) return true;
  if (g.scoreUnits.has(q.unit.unit)) {
    if (allotted && barePoints(r)) return true;
    // The points a scheme allots to an item or in all (单项指标分值最高10分, 满分100分): what it is worth, not a level reached.
    if (g.scoreAllotments.endingAt(text, pred.start) !== undefined) return true;
    const acts = g.scoreActs.endingAt(text, q.start);
    const items = g.scoreActs.indexIn(text, r.clause, q.start);
    if (acts !== undefined || (items !== undefined && items.word.length > 1)) return true;
  }
  return false;
}
