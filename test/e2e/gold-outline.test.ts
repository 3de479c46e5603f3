// The seeds' gold outlines, end to end through the real CLI (the comparison the scorer makes:
// depth from marker-bearing ancestors, marker and title after NFKC and white space removal).
import { describe, expect, it } from 'vitest';
import { planSchema, type PlanChild } from '../../src/schema.js';
import { readGold, runCli, seedIds } from '../helpers.js';

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');
const normMarker = (s: string) => norm(s).replace(/^[-*•·]+/u, '').replace(/[,，]$/u, '');
const normTitle = (s: string) => norm(s).replace(/[。，,;；:：.!！?？、]+$/u, '');

function goldOutline(id: string): string[] {
  return readGold(`${id}.outline.txt`)
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const depth = (line.match(/^ */u)?.[0].length ?? 0) / 2 + 1;
      const [marker = '', title = ''] = line.trim().split('\t');
      return `${depth}|${normMarker(marker)}|${normTitle(title)}`;
    });
}

function outlineOf(children: PlanChild[], depth = 1, out: string[] = []): string[] {
  for (const child of children) {
    if (child.type !== 'section') continue;
    out.push(`${depth}|${normMarker(child.marker)}|${normTitle(child.title)}`);
    outlineOf(child.children, depth + 1, out);
  }
  return out;
}

describe('gold outlines through the CLI', () => {
  for (const id of seedIds()) {
    it(`should reproduce the outline of ${id} exactly`, () => {
      const run = runCli(['--format', 'json', `seeds/${id}.txt`]);
      expect(run.status).toBe(0);
      const plan = planSchema.parse(JSON.parse(run.stdout));
      expect(outlineOf(plan.children)).toEqual(goldOutline(id));
    });
  }
});
