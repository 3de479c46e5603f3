// Members of statements that are arrangements a document makes, not levels it sets: who reports (liaisons), who
// pays what part (cost shares), a project's budget, a standard put in force from a day, the plan's own parts counted
// and the working groups it sets up. Each is one predicate over a member; withoutArrangements drops them after the
// statements are built.
import type { Member, Statement } from './shapes.js';
import { bounded, type Reading } from './reading.js';
import type { IndicatorGrammar } from '../grammar/indicators.js';
import { markerLength } from './metric.js';
import { digitRun } from '../numbers/digits.js';
import { HAN } from '../text/han.js';

/** The members that are arrangements, each reading of its own (see the functions below), left out. */
export function withoutArrangements(statements: Statement[], g: IndicatorGrammar, text: string, s: number): Statement[] {
  return withoutPlanStructure(withoutProjectBudgets(withoutCostShares(withoutWorkingGroups(withoutEventProgrammes(withoutLiaisons(withoutEnactedStandards(statements, g, text, s), g, text), g, text), g, text), g), g, text, s), g, text, s);
}

/** The statements without the members `drop` marks, a statement left with none dropped whole; the same array when none is marked. */
function withoutMembers(statements: Statement[], drop: (m: Member) => boolean): Statement[] {
  if (!statements.some((st) => st.members.some(drop))) return statements;
  return statements.map((st) => ({ ...st, members: st.members.filter((m) => !drop(m)) })).filter((st) => st.members.length > 0);
}

/**
 * The contact each unit names for reporting (各区县确定1名联络员, 明确1名信息员: grammar liaisonRoles): a count of people with no bound
 * word, right after a verb of naming (grammar liaisonVerbs), whose thing counted is such a role, arranges who reports, an
 * administrative step of a document's 工作要求, not a level to reach. A bound word (至少配备2名信息员) makes it a staffing target,
 * which stays.
 */
function withoutLiaisons(statements: Statement[], g: IndicatorGrammar, text: string): Statement[] {
  const liaison = (m: Member): boolean => {
    const r = m.reading;
    if (bounded(r)) return false;
    return g.liaisonRoles.endingAt(m.metric, m.metric.length) !== undefined && (r.q.unit.unit === '名' || r.q.unit.unit === '人') &&
      g.liaisonVerbs.endingAt(text, r.q.start) !== undefined;
  };
  return withoutMembers(statements, liaison);
}

/**
 * The working groups a plan sets up to run its work (组建5个产业招商专班, 下设3个工作专班: grammar workingGroupNouns): a count with no
 * bound word whose noun ends in such a group, a verb of setting up (grammar workingGroupVerbs) before it in its clause, is the
 * organisation of the work, as a liaison named is, not a level to reach. A bound count (至少组建3个专班) stays.
 */
function withoutWorkingGroups(statements: Statement[], g: IndicatorGrammar, text: string): Statement[] {
  const group = (m: Member): boolean => {
    const r = m.reading;
    if (r.q.unit.kind !== 'count' || bounded(r)) return false;
    return (g.workingGroupNouns.endingAt(m.metric, m.metric.length) !== undefined || groupNounAfter(text, r.end, g)) && g.workingGroupVerbs.indexIn(text, r.clause, r.q.start) !== undefined;
  };
  return withoutMembers(statements, group);
}

/**
 * The programme of a sports games (省运会设竞赛项目38个, 设大项32个、小项400个, 共设25个比赛项目: grammar eventProgrammeNouns): a count
 * with no bound word of the events a games comprises, stated by a verb of setting (grammar eventProgrammeVerbs) right before the
 * noun or right before the count, describes how the games is laid out, not a level to reach. A list member after the first
 * (小项400个) shares the verb when the clause before it opens the programme with one.
 */
function withoutEventProgrammes(statements: Statement[], g: IndicatorGrammar, text: string): Statement[] {
  const programme = (m: Member): boolean => {
    const r = m.reading;
    if (r.q.unit.kind !== 'count' || bounded(r)) return false;
    const before = g.eventProgrammeNouns.endingAt(text, r.q.start);
    const after = g.eventProgrammeNouns.startingAt(text, r.end);
    if (before === undefined && after === undefined) return false;
    return programmeVerbIn(text, r.clause, r.q.start, g);
  };
  return withoutMembers(statements, programme);
}

/** Whether a verb of setting a programme (grammar eventProgrammeVerbs) stands in [from, to) right before a programme noun or a count;
 *  not the end of a longer object verb (the 设 of 建设: 建设3个竞赛项目训练基地 counts bases built). */
function programmeVerbIn(text: string, from: number, to: number, g: IndicatorGrammar): boolean {
  for (let i = from; i < to; i++) {
    const verb = g.eventProgrammeVerbs.startingAt(text, i);
    if (verb === undefined) continue;
    const next = i + verb.length;
    if ((g.objectVerbs.endingAt(text, next)?.length ?? 0) > verb.length) continue;
    if (g.eventProgrammeNouns.startingAt(text, next) !== undefined || digitRun(text, next).length > 0) return true;
  }
  return false;
}

/** Longest name of a working group looked at after its count (产业链精准招商工作专班). */
const MAX_GROUP_NAME = 12;

/** Whether the Han noun run right after a count ends in a working group's noun (6个工作组。, 3个产业招商专班，). */
function groupNounAfter(text: string, end: number, g: IndicatorGrammar): boolean {
  for (let k = end + 1; k <= end + MAX_GROUP_NAME && k <= text.length; k++) {
    if (!HAN.test(text[k - 1] as string)) return false;
    if (g.workingGroupNouns.endingAt(text, k) !== undefined && !HAN.test(text[k] ?? '')) return true;
  }
  return false;
}

/**
 * The funding split of a project list (资金来源：市级承担60%、区级承担40%): a share of the cost whose whole name is a level of government
 * (grammar costBearers) and a verb of bearing it (grammar costSharingVerbs, as a ratio split uses them) says who pays what part of a project, an arrangement and no
 * level to reach. A bounded share (市级财政承担比例不低于50%) stays; so does any name with more in it (村卫生室承担的…任务比例).
 */
function withoutCostShares(statements: Statement[], g: IndicatorGrammar): Statement[] {
  const split = (m: Member): boolean => {
    const r = m.reading;
    if (bounded(r)) return false;
    if (payerSum(m, g)) return true;
    if (r.q.unit.unit !== '%') return false;
    const verb = g.costSharingVerbs.endingAt(m.metric, m.metric.length);
    return verb !== undefined && g.costBearers.has(m.metric.slice(0, m.metric.length - verb.length));
  };
  return withoutMembers(statements, split);
}

/**
 * A sum of money named by nothing but the level of government that pays it (资金来源：市级财政800万元、区县财政600万元: grammar
 * costBearers as the whole name): that level's part of a project's funding, the cost split written in money, not a level to reach.
 * A sum with more in its name (市级财政安排专项资金500万元) is not one.
 */
function payerSum(m: Member, g: IndicatorGrammar): boolean {
  return m.reading.q.unit.amount === true && g.costBearers.has(m.metric);
}

/**
 * A project entry's budget (…新增学位2700个。计划投资12600万元，资金来源：…): a bare amount of money, with no bound word, that opens its
 * sentence (after a marker at most) with a word of grammar projectBudgetHeads as its whole name is the project's scale, as its bare
 * 总投资 is, not a target. A year's planned investment (年度计划投资85亿元, 2027年计划投资2.05亿元) does not open so and stays.
 */
function withoutProjectBudgets(statements: Statement[], g: IndicatorGrammar, text: string, s: number): Statement[] {
  let opening = s + markerLength(text.slice(s, s + 12));
  while (opening < text.length && /\s/u.test(text[opening] as string)) opening++;
  const head = g.projectBudgetHeads.startingAt(text, opening);
  if (head === undefined) return statements;
  const budget = (m: Member): boolean => {
    const r = m.reading;
    return r.q.unit.amount === true && !bounded(r) && m.metric === head && text.slice(opening + head.length, r.q.start).trim() === '';
  };
  return withoutMembers(statements, budget);
}

/**
 * The day a rule takes effect, opening what it sets (自2026年10月1日起，…标准平均提高5%; 从7月1日起…): a start given to the month, the
 * formula by which a policy is put in force, where a target is given a deadline (到2027年, 年底前) and a running period a bare year
 * (2026年起每年…).
 */
const EFFECTIVE_FROM = /(?:自|从)\s*(?:(?:19|20)[0-9０-９]{2}\s*年\s*)?[0-9０-９]{1,2}\s*月(?:\s*[0-9０-９]{1,2}\s*日)?\s*起/u;

/**
 * A standard adjusted or set from the day it takes effect (按照国家统一部署，自2026年10月1日起，…定期生活补助标准平均提高5%; 自7月1日起，
 * 城乡低保标准提高到每人每月800元) is the rule put in force, what each beneficiary is paid from then on, not a level the plan
 * reaches: the set reads the standards a notice enacts so (g166). A bound standard (不低于每生每年800元) stays, as a floor the
 * plan keeps.
 */
function withoutEnactedStandards(statements: Statement[], g: IndicatorGrammar, text: string, s: number): Statement[] {
  const enacted = (m: Member): boolean => {
    const r = m.reading;
    if (bounded(r)) return false;
    if (g.standardNouns.endingAt(m.metric, m.metric.length) === undefined) return false;
    return EFFECTIVE_FROM.test(text.slice(s, r.q.start));
  };
  return withoutMembers(statements, enacted);
}

/** The bare noun of an indicator (11项指标完成): a name too (检测106项指标), so structural only where tallied. */
const INDICATOR_NOUN = '指标';
/** An indicator system (评价指标体系, 建设指标体系): a sentence about it that counts bare 指标 gives its contents (…7个方面共28项指标). */
const INDICATOR_SYSTEM = '指标体系';

/**
 * The plan's own indicators counted (共设置经济发展、民生福祉等4类14项指标, 主要指标12项): a count of what the plan is made of, as
 * 13类重点场所 describes a list (INDICATORS.md), not a level to reach. A count whose thing counted is, as a whole name, one of
 * grammar planStructureNouns, or ends in one where the plan describes itself (grammar planStructureVerbs, planSelfSubjects), or
 * is the kinds of them counted next (4类 before 14项指标), is left out.
 */
function withoutPlanStructure(statements: Statement[], g: IndicatorGrammar, text: string, s: number): Statement[] {
  // The plan describing itself: it opens the sentence as its subject (本规划…), or a verb that sets out its parts stands in the
  // clause before the count (共设置20项核心指标).
  const opening = s + markerLength(text.slice(s, s + 12));
  const selfDescribed = (r: Reading): boolean => g.planSelfSubjects.startingAt(text, opening) !== undefined || g.planStructureVerbs.indexIn(text, r.clause, r.q.start) !== undefined;
  const structural = (m: Member): boolean => {
    const r = m.reading;
    if (r.q.unit.kind !== 'count') return false;
    // The whole name; or any name ending in one (核心指标, 量化指标) where the plan describes itself: elsewhere 城市供水水质检测指标,
    // 新增监测指标 are things measured, counted as any other.
    if (g.planStructureNouns.has(m.metric)) return true;
    // A 民生实事 list counting its own entries (区政府确定实施20项民生实事项目, 办好10件民生实事), unbounded.
    if (g.listSelfCounts.has(r.q.unit.unit) && !bounded(r) && g.listSelfNouns.endingAt(m.metric, m.metric.length) !== undefined) return true;
    if (g.planStructureNouns.endingAt(m.metric, m.metric.length) !== undefined && selfDescribed(r)) return true;
    // A kind of the plan's indicators written out right after the count (对15项主要指标开展评估), or bare 指标 tallied by how far it
    // was met (11项指标完成或超额完成), or a tally in 项 whose noun, 指标 named before it in the sentence, is left out (2项未完成).
    const after = g.planStructureNouns.startingAt(text, r.end);
    if (after !== undefined && after !== INDICATOR_NOUN) return true;
    if (after === INDICATOR_NOUN && g.planTallyVerbs.startingAt(text, r.end + after.length) !== undefined) return true;
    if (r.q.unit.unit === '项' && g.planTallyVerbs.startingAt(text, r.end) !== undefined && text.lastIndexOf(INDICATOR_NOUN, r.q.start) >= s) return true;
    // Bare 指标 counted in a sentence that named an indicator system before: the system's parts (体系包括…共28项指标), no level.
    if (after === INDICATOR_NOUN && text.lastIndexOf(INDICATOR_SYSTEM, r.q.start) >= s) return true;
    // The same tally written verb first (28项指标中已达标24项，未达标4项; 已完成26项), again only after 指标 in the sentence.
    if (r.q.unit.unit === '项' && g.planTallyVerbs.endingAt(text, r.q.start) !== undefined && text.lastIndexOf(INDICATOR_NOUN, r.q.start) >= s) return true;
    // The plan's tasks or measures counted where it describes itself, the noun right after the count (《工作要点》…部署了13项重点任务,
    // 本方案提出20条措施): what the plan is made of, as its indicators counted are.
    if (g.planContentCounts.has(r.q.unit.unit) && g.planContentNouns.startingAt(text, r.end) !== undefined && selfDescribed(r)) return true;
    // The groups they are sorted into, counted right before their count where the plan describes itself (部署4个方面12项重点任务).
    if (partGroupsCounted(text, r, g) && selfDescribed(r)) return true;
    // The kinds of them, counted right before their count (4类14项指标).
    const digits = digitRun(text, r.end);
    const unit = digits.length > 0 ? g.planStructureCounts.startingAt(text, digits.end) : undefined;
    return unit !== undefined && g.planStructureNouns.startingAt(text, digits.end + unit.length) !== undefined;
  };
  return withoutMembers(statements, structural);
}

/** The particle of a completed act after a verb (部署了12项任务). */
const PERFECTIVE = '了';

/**
 * Whether a count's noun is a group a plan sorts its parts into (grammar planPartGroups: 方面, 领域) and the count of those parts
 * follows it, at once or after the verb that sets them out (4个方面12项重点任务, 从5个维度设置20项指标): a count of the plan's own
 * tasks, measures or indicators (grammar planContentCounts/planContentNouns, planStructureCounts/planStructureNouns) right after the
 * group noun.
 */
function partGroupsCounted(text: string, r: Reading, g: IndicatorGrammar): boolean {
  const group = g.planPartGroups.startingAt(text, r.end);
  if (group === undefined) return false;
  // The verb that sets the parts out may stand between the groups and their count (从5个维度设置20项指标, 从4个方面部署了12项任务).
  let at = r.end + group.length;
  const verb = g.planStructureVerbs.startingAt(text, at);
  if (verb !== undefined) at += verb.length;
  if (text[at] === PERFECTIVE) at++;
  const digits = digitRun(text, at);
  if (digits.length === 0) return false;
  const content = g.planContentCounts.startingAt(text, digits.end);
  if (content !== undefined && g.planContentNouns.startingAt(text, digits.end + content.length) !== undefined) return true;
  const structure = g.planStructureCounts.startingAt(text, digits.end);
  return structure !== undefined && g.planStructureNouns.startingAt(text, digits.end + structure.length) !== undefined;
}

