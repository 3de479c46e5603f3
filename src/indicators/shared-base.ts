// Health-resource ratios stated one clause each after the first names their base of population (每千常住人口执业（助理）医师数
// 达到2.9人，注册护士数达到3.6人; 每千名儿童拥有儿科执业（助理）医师达到0.87名、床位增至2.5张): the later ones are per that base too,
// as the statistics count them (每千人口注册护士数), though the sentence names the base once. A later count is one of them only
// where it reads as a ratio: a level of a resource with no verb of its own before it (not 新增普惠性托位800个), no base of its own,
// of a size near the first's, and either a fraction of a whole thing (2.5张) or a count named 数 (注册护士数达到4人).
import { PER_BASE_LEAD } from './metric.js';
import type { Member } from './shapes.js';
import { han } from '../text/han.js';

/** The verb a density is named with after its population (每千名儿童拥有…, 每千名老年人配备…). */
const HAVING = han(/^\p{Script=Han}{0,5}?(?:拥有|配备)/u);
/** A later ratio of the same base is near the first's size: a count named 数 ten times it or less (0.83 人 after 6.5 张 is; a
 *  床位总数 of 3000 张 is not); a fraction of a whole thing, a ratio whatever its name, a hundred times (32.5 张 of beds per
 *  thousand elderly after 0.6 名 of social workers). */
const MAX_SPREAD = 10;
const MAX_FRACTION_SPREAD = 100;

export interface PerBase {
  /** The base with its verb of having, as the first ratio's name opens (每千常住人口, 每千名儿童拥有). */
  base: string;
  /** The first ratio's value. */
  value: number;
}

/**
 * The base a per-capita metric opens with (每千人口, 每万常住人口, 每千人口拥有, 每千名儿童拥有), or undefined. A base of 名 is
 * taken only with its verb of having, which ends the population's name (每千名老年人养老床位数 names no end of it).
 */
export function perBaseOf(metric: string, value: number): PerBase | undefined {
  const lead = PER_BASE_LEAD.exec(metric)?.[0];
  if (lead === undefined) return undefined;
  const having = HAVING.exec(metric.slice(lead.length))?.[0];
  if (having === undefined && lead.endsWith('名')) return undefined;
  const base = lead + (having ?? '');
  return base.length < metric.length ? { base, value } : undefined;
}

/** Whether a member read after a ratio per `base` in the same sentence is a ratio per that base too. */
export function sharesBase(m: Member, base: PerBase): boolean {
  const { q, object } = m.reading;
  if (object || q.unit.kind !== 'count' || typeof q.value !== 'number' || q.value <= 0 || m.metric.startsWith('每')) return false;
  // (Sizes compared as plain numbers: 1.2万家 is twelve thousand.)
  const size = q.value * (q.scale ?? 1);
  if (!Number.isInteger(size)) return size <= base.value * MAX_FRACTION_SPREAD;
  return m.metric.endsWith('数') && size <= base.value * MAX_SPREAD;
}

/**
 * Gives each ratio of `members` (one sentence's, in order) the base of population of the ratio before it that named one;
 * returns the base in force after them, for the next part of the sentence.
 */
export function carryBase(members: readonly Member[], before: PerBase | undefined): PerBase | undefined {
  let current = before;
  for (const m of members) {
    if (m.baseline || typeof m.reading.q.value !== 'number') continue;
    const own = perBaseOf(m.metric, m.reading.q.value * (m.reading.q.scale ?? 1));
    if (own) current = own;
    else if (current && sharesBase(m, current)) m.metric = current.base + m.metric;
  }
  return current;
}
