// unified transformer: the meta stage. Fills tree.meta from the document's head, signature and
// page furniture (see grammars/meta.yaml). The later stages read planYears and kind from
// tree.meta; they do not work them out again.
import type { MetaGrammar } from '../grammar/meta.js';
import type { PeriodGrammar } from '../grammar/periods.js';
import type { Meta } from '../schema.js';
import type { VFile } from 'vfile';
import type { DocumentLayout } from '../blocks/types.js';
import type { TextView } from '../text/view.js';
import { fileView, type PlanFileData, type PlanTree } from '../tree.js';
import { findAddressees } from './addressees.js';
import { documentDates } from './dates.js';
import { headLines, metaDoc } from './doc.js';
import { findDocNumber } from './docNumber.js';
import { documentEnd, textUpTo } from './extent.js';
import { labelledFields } from './fields.js';
import { findIssuer, leadingOrgan, deliveredBy, onBehalfOf, panelOrgan, redHeaderOrgan } from './issuer.js';
import { findGenre } from './kind.js';
import { findRegion } from './region.js';
import { findSignature } from './signature.js';
import { findTitle } from './title.js';
import { findPlanYears } from './years.js';
import { documentYears } from './document-years.js';
import { cleanSlice } from '../text/clean.js';
import { defaultGrammars } from '../grammar/grammars.js';

export interface MetaGrammars {
  meta: MetaGrammar;
  periods: PeriodGrammar;
}

export interface MetaSource {
  /** The decoded text as the stages read it (to read a document that came out on one line, and
   *  to leave out the lines a page printed inside a paragraph). */
  view?: TextView;
  layout?: DocumentLayout;
}

export function extractMeta(tree: PlanTree, grammars: MetaGrammars, source: MetaSource = {}): Meta {
  const grammar = grammars.meta;
  const layout = source.layout;
  const doc = metaDoc(tree, grammar, source.view);
  const fields = labelledFields(doc, grammar);
  const { title, noticeTitle, at, named, first, own } = findTitle(doc, fields, grammar);
  // A 转发 notice passes on the plan's own 印发 notice: that notice's 文号, signature and date are
  // the plan's; the forwarding notice's, and the page panel's that describe it, are not (the
  // page's publish time still is).
  const forwarded = own >= 0;
  const ownFields = forwarded ? fields.filter((f) => f.kind === 'publish' || f.kind === 'ignore') : fields;
  // The signature of the notice that prints the plan follows its title (GB/T 9704: 署名 after the
  // 正文): one above it signs another document of the text (an issue of a 政府公报).
  const signature = findSignature(doc, grammar, Math.max(own + 1, first));
  const signed = findIssuer({ doc, fields: ownFields, noticeTitle, title, titleAt: at, signature }, grammar);
  // A panel's 来源 or 发布机构 names the office that put the page up (市政府办公室 for the city's
  // 政府工作报告): the issuer only where the document itself names none, not even the body it
  // speaks for.
  const panel = signed === null ? panelOrgan(ownFields, grammar) : null;
  const { publishDate, issueDate } = documentDates(doc, ownFields, signature, grammar);
  // A township's report names its government only as the one it speaks for (我代表镇人民政府, 某镇第十八届人民代表大会): that organ
  // places the report in the township's county (findRegion 3b), as a township's signature does.
  const spoken = signed === null ? onBehalfOf(doc, null, grammar) : null;
  const organs = [
    signed ?? panel,
    signature?.organ ?? null,
    forwarded ? null : redHeaderOrgan(doc, grammar),
    noticeTitle ? leadingOrgan(noticeTitle, grammar) : null,
    title ? leadingOrgan(title, grammar) : null,
    spoken !== null && grammar.townOrgan.test(spoken) ? spoken : null,
  ];
  const { region, regionCode } = findRegion(
    { organs, titles: [title, noticeTitle], text: doc.text, furniture: doc.furnitureText, headLines: headLines(doc) },
    grammar,
  );
  const genre = findGenre(title, grammar);
  // A title taken from the notice that names the plan: the plan's text starts after the notice's
  // signature.
  const planStart = named ? (findSignature(doc, grammar, at + 1)?.last ?? at) : at;
  const planText = textUpTo(doc, documentEnd(doc, planStart, grammar, layout?.documentStarts));
  // A rule that shows no date of its own still says when it takes effect: the year it starts to apply.
  const issued = issueDate ?? publishDate ?? (grammar.effectiveDate?.exec(planText)?.groups?.date ?? null);
  const planYears = findPlanYears(
    {
      titles: [title, noticeTitle],
      text: planText,
      issueYear: issued ? Number(issued.slice(0, 4)) : null,
      yearly: genre?.yearly ?? false,
      past: genre?.past ?? false,
    },
    grammar,
    grammars.periods,
  );
  return {
    title,
    issuer: signed ?? onBehalfOf(doc, region, grammar) ?? deliveredBy(doc, grammar) ?? panel,
    // (the notice's title where a notice prints the plan, else the plan's)
    docNumber: findDocNumber(doc, ownFields, grammar, own + 1, first >= 0 ? first : at, title),
    issueDate,
    publishDate,
    region,
    regionCode,
    planYears,
    kind: genre?.kind ?? null,
    addressees: findAddressees(doc, first, grammar),
  };
}

export interface MetaOptions {
  /** The meta and furniture grammars; the shipped ones when not given. */
  grammars?: MetaGrammars;
}

/** The metadata stage as a unified plugin: title, issuer, document number, dates, region, plan years, kind. */
export function planMeta(options: MetaOptions = {}) {
  const grammars = options.grammars ?? defaultGrammars();
  return (tree: PlanTree, file: VFile): void => {
    const data = file.data as PlanFileData;
    const view = fileView(file);
    tree.meta = extractMeta(tree, grammars, { view, layout: data.layout });
    // Markdown views clean away markup; a title is read in the plain cleaning of the source, as the indicator stage reads text.
    const text = (start: number, end: number): string => (view.markdown ? cleanSlice(view.source, start, end) : view.clean(start, end)).text;
    data.documentYears = documentYears(data.layout?.regions ?? [], text, grammars.periods);
  };
}
