import { readHanzi } from '../../numbers/index.js';
import type { PlanChild } from '../../schema.js';
import type { Rule } from '../types.js';

/** "重点抓好十个方面的工作：", "主要包括以下五个方面" — a count the document promises to deliver. */
const ANNOUNCE = /(以下|如下|下列)?([一二三四五六七八九十]{1,3}|[0-9]{1,2})(?:个方面|项(?:重点)?(?:工作|任务))(?:的)?(?:重点)?(?:工作|任务|内容)?(?=([:：]|\s*$)?)/gu;

/** The numerals ANNOUNCE counts with, by UTF-16 code unit. */
const COUNT_CODES = new Uint8Array(0x10000);
for (const c of '一二三四五六七八九十0123456789') COUNT_CODES[c.charCodeAt(0)] = 1;

/** Whether a numeral stands right before 项 or 个方面 somewhere in `value`, as in every announcement:
 *  ANNOUNCE then runs only on the few paragraphs that pass (项目, 各项 pass no numeral). */
function mayAnnounce(value: string): boolean {
  for (const word of ['项', '个方面']) {
    for (let i = value.indexOf(word, 1); i > 0; i = value.indexOf(word, i + 1)) if (COUNT_CODES[value.charCodeAt(i - 1)] === 1) return true;
  }
  return false;
}

/**
 * For each child of `container`: how many sections after it share the scheme of the first section
 * after it (0 when none follows). One backward pass, so a container with many announcements is
 * not walked again for each of them.
 */
function sectionsDelivered(container: readonly PlanChild[]): number[] {
  const delivered = new Array<number>(container.length).fill(0);
  const counts = new Map<string, number>();
  let nextScheme: string | undefined;
  for (let i = container.length - 1; i >= 0; i--) {
    delivered[i] = nextScheme === undefined ? 0 : (counts.get(nextScheme) ?? 0);
    const child = container[i] as PlanChild;
    if (child.type !== 'section') continue;
    counts.set(child.scheme, (counts.get(child.scheme) ?? 0) + 1);
    nextScheme = child.scheme;
  }
  return delivered;
}

function count(num: string): number {
  return /^[0-9]+$/u.test(num) ? Number(num) : readHanzi(num);
}

export const textTruncated: Rule = {
  id: 'text/truncated',
  severity: 'warning',
  description:
    'The document announces a number of parts ("重点抓好十个方面的工作：") but fewer follow: the rest of the document was cut off when it was collected.',
  bad: '重点抓好三个方面的工作：\n一、全面加强党的建设\n二、抓实疫情防控',
  good: '重点抓好三个方面的工作：\n一、全面加强党的建设\n二、抓实疫情防控\n三、深化医药卫生体制改革',
  check(context) {
    const visit = (container: readonly PlanChild[]): void => {
      let delivered: number[] | undefined;
      container.forEach((node, i) => {
        if (node.type === 'section') {
          visit(node.children);
          return;
        }
        if (node.type !== 'paragraph') return;
        if (!mayAnnounce(node.value)) return;
        ANNOUNCE.lastIndex = 0;
        for (let m = ANNOUNCE.exec(node.value); m; m = ANNOUNCE.exec(node.value)) {
          // Only a count introduced as a list (以下…, or followed by a colon / the end of the paragraph).
          if (!m[1] && m[3] === undefined) continue;
          const promised = count(m[2] as string);
          if (!Number.isFinite(promised) || promised < 2) continue;
          delivered ??= sectionsDelivered(container);
          const sections = delivered[i] as number;
          if (sections === 0 || sections >= promised) continue;
          const start = node.position.start.offset + m.index + (m[1]?.length ?? 0);
          context.report(
            `The document announces ${m[2]}${m[0].includes('方面') ? '个方面' : '项'} (${promised}) but only ${sections} follow: it may be cut off`,
            start,
            node.position.start.offset + m.index + m[0].length,
          );
        }
      });
    };
    visit(context.tree.children);
  },
};
