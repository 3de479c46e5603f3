// The block-layer grammar (grammars/blocks.yaml): cues that classify stretches of a document.
import { compilePattern } from './load.js';
import type { BlocksGrammarSource } from './schemas.js';

export type { BlocksGrammarSource };

export interface BlocksGrammar {
  insetHeading: RegExp;
  attachmentList: RegExp;
  /** The text of a numbered heading that heads the attachment list (8 附件): grammars/blocks.yaml attachmentChapter. */
  attachmentChapter: RegExp;
  attachmentLabel: RegExp;
  attachmentHeading: RegExp;
  appendedHeading: RegExp;
  glossaryHeading: RegExp;
  /** A bare 注释 heading over end notes, and the first entry that shows them (a note number, a term, a colon). */
  endNotesHeading: RegExp;
  endNote: RegExp;
  /** An end note that defines its term (①“六新”：指…): a run of them to the end of the text is a glossary without its heading. */
  endNoteDefinition: RegExp;
  tocHeading: RegExp;
  noteLead: RegExp;
  tableNoteLead: RegExp;
  /** A footnote's entry (①…) and its mark in the text (机构①2968个, global): grammars/blocks.yaml footnoteEntry, footnoteRef. */
  footnoteEntry: RegExp;
  footnoteRef: RegExp;
  formTitle: RegExp;
  formLine: RegExp;
  signatureDate: RegExp;
  signatureNote: RegExp;
  signatureMaxLength: number;
  issuerEnd: RegExp;
  documentTitle: RegExp;
  /** A document published with another, about it (起草说明, 政策解读): never a section of that one. */
  companionTitle: RegExp;
  wrappingNotice: RegExp;
  printsDocument: RegExp;
  addressees: RegExp;
  addressedTitle: RegExp;
  docNumberLine: RegExp;
  letterhead: RegExp;
}

export function compileBlocksGrammar(source: BlocksGrammarSource): BlocksGrammar {
  const re = (field: Exclude<keyof BlocksGrammarSource, 'signatureMaxLength'>): RegExp => compilePattern(source[field], 'u', field);
  return {
    insetHeading: re('insetHeading'),
    attachmentList: re('attachmentList'),
    attachmentChapter: re('attachmentChapter'),
    attachmentLabel: re('attachmentLabel'),
    attachmentHeading: re('attachmentHeading'),
    appendedHeading: re('appendedHeading'),
    glossaryHeading: re('glossaryHeading'),
    endNotesHeading: re('endNotesHeading'),
    endNote: re('endNote'),
    endNoteDefinition: re('endNoteDefinition'),
    tocHeading: re('tocHeading'),
    noteLead: re('noteLead'),
    tableNoteLead: re('tableNoteLead'),
    footnoteEntry: re('footnoteEntry'),
    // Global: every reference of a leaf is tried (table-note.ts referenced).
    footnoteRef: compilePattern(source.footnoteRef, 'gu', 'footnoteRef'),
    formTitle: re('formTitle'),
    formLine: re('formLine'),
    signatureDate: re('signatureDate'),
    signatureNote: re('signatureNote'),
    signatureMaxLength: source.signatureMaxLength,
    issuerEnd: re('issuerEnd'),
    documentTitle: re('documentTitle'),
    companionTitle: re('companionTitle'),
    wrappingNotice: re('wrappingNotice'),
    printsDocument: re('printsDocument'),
    addressees: re('addressees'),
    addressedTitle: re('addressedTitle'),
    docNumberLine: re('docNumberLine'),
    letterhead: re('letterhead'),
  };
}
