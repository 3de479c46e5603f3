// The tolls of one kind of event listed after its count (生产安全事故起数和死亡人数): each toll is of that event.
import type { IndicatorGrammar } from '../grammar/indicators.js';
import type { Span } from './metric.js';

/**
 * Names for a list whose first conjunct counts a kind of event and whose others are only its tolls (生产安全事故起数、死亡人数和
 * 直接经济损失 → 生产安全事故死亡人数, 生产安全事故直接经济损失): safety and public-security plans name the event once and list the
 * statistics kept of it after its count (grammar tollEvents, eventTolls). Undefined when the list is not so: a later conjunct that
 * names an event of its own (交通事故起数、火灾起数) or is no toll (案件发案数和群众安全感) keeps its own name.
 */
export function eventTollNames(text: string, parts: readonly Span[], g: IndicatorGrammar): string[] | undefined {
  const first = parts[0];
  if (!first || parts.length < 2) return undefined;
  const firstText = text.slice(first.start, first.end).trim();
  const event = lastEventEnd(firstText, g);
  if (event === undefined || event === firstText.length) return undefined;
  const rest = parts.slice(1).map((p) => text.slice(p.start, p.end).trim());
  if (!rest.every((s) => g.eventTolls.has(s))) return undefined;
  const subject = firstText.slice(0, event);
  return [firstText, ...rest.map((s) => subject + s)];
}

/** Where the last event noun in a name ends (生产安全事故|起数), or undefined when it names none. */
function lastEventEnd(name: string, g: IndicatorGrammar): number | undefined {
  for (let k = name.length - 1; k > 0; k--) {
    const word = g.tollEvents.endingAt(name, k);
    if (word !== undefined) return k;
  }
  return undefined;
}
