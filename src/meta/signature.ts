// The signature block (落款) of a document: the issuing organ(s) and the date under them, or both
// on one line separated by spaces (`国家卫生健康委办公厅 国家中医药局综合司 2024年10月28日`).
import type { MetaGrammar } from '../grammar/meta.js';
import { fullDates } from '../dates/full-dates.js';
import { dateOnly } from './dates.js';
import type { MetaBlock, MetaDoc } from './doc.js';
import { WHITE_SPACE } from '../text/breaks.js';

/** Never in an organ's name: sentence punctuation, quotes, the square brackets of a panel's labels (`[发文机构]
 *  北京市卫生健康委员会`) and the separators of a breadcrumb (首页 > 政务公开 > 县卫生健康局). */
const PUNCTUATION = /[。，,；;：:！!？?“”"《》[\]【】［］>＞›»|｜]/u;

/** A text that is nothing but an organ's name (or several, for a joint signature). */
export function isOrgan(text: string, grammar: MetaGrammar): boolean {
  return text.length >= 2 && text.length <= 60 && !PUNCTUATION.test(text) && !/\d/u.test(text) && grammar.organEnd.test(text);
}

export interface Signature {
  /** The organs as written, a joint signature's organs separated by one space. */
  organ: string;
  date: string;
  /** Index (in MetaDoc.blocks) of the signature's first and last block. */
  first: number;
  last: number;
}

/**
 * The organs of a signature line as written: the raw line cut at its spaces, each piece that
 * ends with an organ suffix closing one organ (`国家卫生健康委 国家中医药局 国家医保局` → three), a
 * piece that does not being a letter-spaced or PDF-split part of the next (`国  务  院` → 国务院).
 */
export function signedOrgans(raw: string, grammar: MetaGrammar): string {
  const organs: string[] = [];
  let open = '';
  for (const piece of raw.normalize('NFKC').split(/\s+/u)) {
    if (piece === '') continue;
    open += piece;
    if (grammar.organEnd.test(open)) {
      organs.push(open);
      open = '';
    }
  }
  // A tail that closes no organ belongs to the last one.
  if (open !== '') {
    if (organs.length > 0) organs[organs.length - 1] += open;
    else organs.push(open);
  }
  return organs.join(' ');
}

/** Whether `c`, the last character of a text but white space, is how a date ends: 日 or a digit. */
const endsDate = (c: number): boolean => c === 0x65e5 || (c >= 0x30 && c <= 0x39);

function lastNonSpace(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && WHITE_SPACE[text.charCodeAt(i)] === 1) i--;
  return text.charCodeAt(i);
}

/**
 * Whether a date found by fullDates (which reads the text after NFKC) could end `text`: every such
 * date ends with 日 or a digit, before any white space. Most lines end otherwise (。), and are
 * spared the normalization and the date search over their whole text. A last character that is
 * ASCII, 。 or a CJK ideograph is the last one after NFKC too (none of them changes or composes
 * with what comes before it); any other is normalized to be sure.
 */
function mayEndWithDate(text: string): boolean {
  const c = lastNonSpace(text);
  if (endsDate(c)) return true;
  if (c < 0x80 || c === 0x3002 || (c >= 0x4e00 && c <= 0x9fff)) return false;
  return endsDate(lastNonSpace(text.normalize('NFKC')));
}

/**
 * `text` without its seal remark (grammar sealRemark) and the white space before it. The pattern starts at
 * the remark's bracket, where a search finds it at once; a pattern that opened with the white space (\s*)
 * would be tried at every position of every paragraph the document-end search reads.
 */
function withoutSealRemark(text: string, grammar: MetaGrammar): string {
  const m = grammar.sealRemark.exec(text);
  return m ? text.slice(0, m.index).trimEnd() + text.slice(m.index + m[0].length) : text;
}

/** The signature that starts at blocks[i], if one does. */
export function signatureAt(blocks: readonly MetaBlock[], i: number, grammar: MetaGrammar): Signature | null {
  const block = blocks[i];
  if (!block || block.furniture) return null;
  const t = block.text;
  // Organ and date on one line, separated by spaces.
  const dates = mayEndWithDate(t) ? fullDates(t, grammar.dates) : [];
  const last = dates[dates.length - 1];
  if (last && last.end === t.normalize('NFKC').trimEnd().length && last.index > 0) {
    const organ = t.slice(0, last.index);
    if (isOrgan(organ, grammar)) {
      const rawDates = fullDates(block.raw, grammar.dates);
      const rawOrgan = block.raw.normalize('NFKC').slice(0, rawDates[rawDates.length - 1]?.index ?? organ.length);
      return { organ: signedOrgans(rawOrgan, grammar), date: last.iso, first: i, last: i };
    }
    // A signature run onto the last sentence of a body that lost its line breaks (…确保各项任务落实。某某局2027年2月20日): the
    // organ stands alone between the paragraph's last sentence end and the date that ends it.
    const stop = Math.max(organ.lastIndexOf('。'), organ.lastIndexOf('！'), organ.lastIndexOf('？'));
    const runOn = stop >= 0 ? organ.slice(stop + 1) : '';
    if (runOn !== '' && isOrgan(runOn, grammar)) return { organ: signedOrgans(runOn, grammar), date: last.iso, first: i, last: i };
  }
  const party = partySignature(blocks, i, grammar);
  if (party) return party;
  const unsealed = (text: string): string => withoutSealRemark(text, grammar);
  if (!isOrgan(unsealed(t), grammar)) return null;
  const organs = [signedOrgans(unsealed(block.raw), grammar)];
  let j = i + 1;
  while (j < blocks.length && j <= i + 3 && !blocks[j]!.furniture) {
    const next = blocks[j]!;
    // A seal remark on a line of its own (（某市卫生健康委员会代章）) is no organ of the signature.
    if (unsealed(next.text) === '') j++;
    else if (isOrgan(unsealed(next.text), grammar)) organs.push(signedOrgans(unsealed(blocks[j++]!.raw), grammar));
    else break;
  }
  const dateBlock = blocks[j];
  if (!dateBlock || dateBlock.furniture) return null;
  // A 版记's 印发 line copied one cell a line (`某局办公室` / `2027年3月2日印发`, as a web page's table is): its organ
  // is the printing office (印发机关, GB/T 9704), not the one that signs the document.
  if (grammar.imprintLine.test(`${organs.join(' ')} ${dateBlock.text.normalize('NFKC').trim()}`)) return null;
  const date = dateOnly(dateBlock.text, grammar);
  return date ? { organ: organs.join(' '), date, first: i, last: j } : null;
}

/**
 * The first party's line of an agreement's signature block (目标责任书, 协议书, 合同): 甲方, a seal or signature remark, a colon and
 * its organ, the other party's column after white space (`甲方（盖章）：某县人民政府　　　乙方（盖章）：某镇人民政府`). The 甲方 is
 * the party that sets the terms (the county that sets and assesses a town's targets) and signs first.
 */
const FIRST_PARTY = /^甲方\s*(?:[(（](?:盖章|签章|公章|签字|签字盖章)[)）])?\s*[:：]\s*(?<organ>\S+?)\s*(?:[(（](?:盖章|签章|公章)[)）])?(?:\s+乙方|$)/u;
/** A signer's line under the parties' (`县长（签字）：　　　镇长（签字）：`, `法定代表人（签字）：`): no organ, no date. */
const SIGNER_LINE = /^(?:\S{1,12}[(（](?:签字|签名|签章)[)）]\s*[:：]?\s*)+$/u;

/**
 * An agreement's signature block: the first party's line (FIRST_PARTY), signers' lines, then the date, written once or once per
 * column (`2027年2月26日　　　2027年2月26日`): the first party's organ and that date.
 */
function partySignature(blocks: readonly MetaBlock[], i: number, grammar: MetaGrammar): Signature | null {
  const m = FIRST_PARTY.exec(blocks[i]!.raw.normalize('NFKC').trim());
  const organ = m?.groups?.organ;
  if (!organ || !isOrgan(organ, grammar)) return null;
  let j = i + 1;
  while (j < blocks.length && j <= i + 3 && !blocks[j]!.furniture && SIGNER_LINE.test(blocks[j]!.raw.normalize('NFKC').trim())) j++;
  const dateBlock = blocks[j];
  if (!dateBlock || dateBlock.furniture) return null;
  const dates = dateBlock.raw.normalize('NFKC').trim().split(/\s+/u).map((piece) => dateOnly(piece, grammar));
  const date = dates[0];
  return date && dates.every((d) => d === date) ? { organ, date, first: i, last: j } : null;
}

/** The first signature of the document, at or after block `from`. */
export function findSignature(doc: MetaDoc, grammar: MetaGrammar, from = 0): Signature | null {
  for (let i = from; i < doc.blocks.length; i++) {
    const signature = signatureAt(doc.blocks, i, grammar);
    if (signature) return signature;
  }
  return null;
}
