// Types of oneline-plan.mjs, for the tests that build the same plan body.
/** The plan's lines (title, preamble, one line per numbered heading or item): about `bytes` UTF-8 bytes joined. */
export function onelinePlanLines(bytes: number): string[];
/** The plan as one text: `separator` '\n' gives the clean copy, '' the body run together on one line. */
export function onelinePlan(bytes: number, separator?: string): string;
