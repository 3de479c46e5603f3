// The walks of one tree that several check rules read: made once per check run, when a rule first asks (RuleContext.walks), and
// dropped with the run. (Kept with the tree instead, they held 12 MB of a 50 MB document's memory for as long as its plan lived.)
import type { PlanChild, Section } from '../schema.js';
import { numberingIssues, type NumberingIssue } from './numbering.js';
import { leaves, sections, type LeafVisit } from './walk.js';

export class TreeWalks {
  private leafVisits: readonly LeafVisit[] | undefined;
  private sectionVisits: ReadonlyArray<{ section: Section; parent: Section | undefined }> | undefined;
  private numberingList: readonly NumberingIssue[] | undefined;

  constructor(private readonly children: readonly PlanChild[]) {}

  /** Every leaf in document order, with its parent and the section it heads (walk.ts leaves). */
  get leaves(): readonly LeafVisit[] {
    return (this.leafVisits ??= leaves(this.children));
  }

  /** Every section in document order, with its parent (walk.ts sections). */
  get sections(): ReadonlyArray<{ section: Section; parent: Section | undefined }> {
    return (this.sectionVisits ??= sections(this.children));
  }

  /** The numbering's gaps, duplicates and disorder (numbering.ts). */
  get numbering(): readonly NumberingIssue[] {
    return (this.numberingList ??= numberingIssues(this.children));
  }
}
