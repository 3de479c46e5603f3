// Runs the pipeline on a snippet and returns its metadata.
import { extract } from '../../src/pipeline.js';
import type { Meta } from '../../src/schema.js';

export async function meta(text: string, path?: string): Promise<Meta> {
  return (await extract(text, { path })).meta;
}

/** Lines joined with \n (fixtures in tests read better as arrays). */
export const doc = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** The first document of an issue of a 政府公报 that prints no plan (a 公布…名录 notice), its 文号 under its title. */
export const GAZETTE_FIRST_DOCUMENT = [
  '某市人民政府关于公布第五批市级非物质文化遗产代表性项目名录的通知',
  '某政〔2026〕9号',
  '各县、区人民政府：',
  '市政府同意将28个项目列入名录，现予公布。',
  '某市人民政府',
  '2026年2月9日',
];

/** The notice of the same issue that prints a plan, its 文号 under its title, then the plan's title and first heading. */
export const GAZETTE_PLAN_NOTICE = [
  '某市人民政府办公室关于印发某市2026年养老服务工作要点的通知',
  '某政办〔2026〕6号',
  '各县、区人民政府：',
  '《某市2026年养老服务工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。',
  '某市人民政府办公室',
  '2026年2月16日',
  '某市2026年养老服务工作要点',
  '一、健全养老服务网络',
];
