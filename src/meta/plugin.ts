// unified transformer: the meta stage. Fills tree.meta from the document's head, signature and
// page furniture (see grammars/meta.yaml).
import { defaultMetaGrammar, type MetaGrammar } from '../grammar/meta.js';
import type { Meta } from '../schema.js';
import type { PlanTree } from '../tree.js';
import { findAddressees } from './addressees.js';
import { documentDates, labelledFields } from './dates.js';
import { metaDoc } from './doc.js';
import { findDocNumber } from './docNumber.js';
import { findIssuer, findSignature, leadingOrgan, redHeaderOrgan } from './issuer.js';
import { findKind, findPlanYears } from './kind.js';
import { findRegion } from './region.js';
import { findTitle } from './title.js';

export function extractMeta(tree: PlanTree, grammar: MetaGrammar = defaultMetaGrammar()): Meta {
  const doc = metaDoc(tree, grammar);
  const fields = labelledFields(doc, grammar);
  const { title, noticeTitle } = findTitle(doc, grammar);
  const issuer = findIssuer({ doc, fields, noticeTitle, title }, grammar);
  const { publishDate, issueDate } = documentDates(doc, fields, grammar);
  const organs = [
    issuer,
    findSignature(doc, grammar)?.organ ?? null,
    redHeaderOrgan(doc, grammar),
    noticeTitle ? leadingOrgan(noticeTitle, grammar) : null,
    title ? leadingOrgan(title, grammar) : null,
  ];
  const { region, regionCode } = findRegion({ organs, titles: [title, noticeTitle], text: doc.text, furniture: doc.furnitureText }, grammar);
  return {
    title,
    issuer,
    docNumber: findDocNumber(doc, fields, grammar),
    issueDate,
    publishDate,
    region,
    regionCode,
    planYears: findPlanYears([title, noticeTitle], doc.text, grammar),
    kind: findKind(title, grammar),
    addressees: findAddressees(doc, grammar),
  };
}

export function planMeta() {
  return (tree: PlanTree): void => {
    tree.meta = extractMeta(tree);
  };
}
