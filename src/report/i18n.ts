// The report's words, in Chinese (the default: every reader of these plans reads Chinese) and
// English (`report --lang en`). Every string the page shows comes from here.

export const REPORT_LANGS = ['zh', 'en'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

export interface Messages {
  htmlLang: string;
  defaultTitle: string;
  documentsCount: (shown: number, total: number) => string;
  documents: string;
  counts: (sections: number, indicators: number, diagnostics: number) => string;
  legend: (indicator: string, diagnostic: string, flagged: string) => string;
  indicatorWord: string;
  diagnosticWord: string;
  toComparison: string;
  comparison: string;
  comparisonCaption: string;
  metric: string;
  noIndicators: string;
  noDiagnostics: string;
  noOutline: string;
  noComparison: string;
  expandAll: string;
  collapseAll: string;
  outlineOf: (title: string) => string;
  sourceOf: (title: string) => string;
  meta: { title: string; issuer: string; docNumber: string; issueDate: string; publishDate: string; region: string; planYears: string; kind: string; addressees: string; source: string };
  bytes: (n: number) => string;
  indicators: string;
  diagnostics: string;
  columns: { metric: string; value: string; kind: string; year: string; section: string; text: string; flags: string; place: string; severity: string; rule: string; message: string };
  kinds: Record<'target' | 'change' | 'baseline' | 'actual', string>;
  severities: Record<'error' | 'warning' | 'info', string>;
  /** Short names of the flags an indicator can carry (rule ids not listed are shown as they are). */
  flags: Record<string, string>;
  lost: string;
  line: (n: number) => string;
  populations: string;
  populationsNote: string;
  group: string;
  age: string;
  compareProblems: string;
  chartNotCharted: (n: number) => string;
  chartChange: string;
  chartMore: (n: number) => string;
  failed: string;
}

const zh: Messages = {
  htmlLang: 'zh-CN',
  defaultTitle: 'plan-extract 报告',
  documentsCount: (shown, total) => `${shown} / ${total} 个文件`,
  documents: '文件',
  counts: (s, i, d) => `${s} 个章节 · ${i} 个指标 · ${d} 条诊断`,
  legend: (i, d, f) => `原文中：${i} ${d} ${f}。大纲、表格和比较表的条目都链接到原文位置。`,
  indicatorWord: '指标',
  diagnosticWord: '诊断',
  toComparison: '跳到比较 ↓',
  comparison: '指标比较',
  comparisonCaption: '各文件指标对照（每行一个规范指标，每列一个文件）',
  metric: '指标',
  noIndicators: '未发现指标。',
  noDiagnostics: '无诊断。',
  noOutline: '未发现大纲。',
  noComparison: '没有可比较的指标。',
  expandAll: '全部展开',
  collapseAll: '全部折叠',
  outlineOf: (t) => `${t} 的大纲`,
  sourceOf: (t) => `${t} 的原文`,
  meta: { title: '标题', issuer: '发文机关', docNumber: '文号', issueDate: '成文日期', publishDate: '发布日期', region: '地区', planYears: '规划年度', kind: '类型', addressees: '主送', source: '来源' },
  bytes: (n) => `${n} 字节`,
  indicators: '指标',
  diagnostics: '诊断',
  columns: { metric: '指标', value: '数值', kind: '类别', year: '年份', section: '章节', text: '原文', flags: '问题', place: '行:列', severity: '级别', rule: '规则', message: '说明' },
  kinds: { target: '目标', change: '变化', baseline: '基线', actual: '实际' },
  severities: { error: '错误', warning: '警告', info: '提示' },
  flags: { 'indicator/implausible-unit': '单位存疑', 'indicator/missing-value': '数值缺失', 'date/lost-separator': '年份存疑' },
  lost: '缺失',
  line: (n) => `第 ${n} 行`,
  populations: '适用人群',
  populationsNote: '这些年龄说明目标或服务针对的人群，不是指标的数值，因此不列入比较表。',
  group: '人群',
  age: '年龄',
  compareProblems: '比较中发现的问题',
  chartNotCharted: (n) => `另有 ${n} 个数值未绘入图表（缺失、单位不同或已标记问题），见比较表。`,
  chartChange: '变化量',
  chartMore: (n) => `等另 ${n} 个文件`,
  failed: '无法读取',
};

const en: Messages = {
  htmlLang: 'en',
  defaultTitle: 'plan-extract report',
  documentsCount: (shown, total) => `${shown} of ${total} documents`,
  documents: 'Documents',
  counts: (s, i, d) => `${s} sections · ${i} indicators · ${d} diagnostics`,
  legend: (i, d, f) => `In the source text: ${i} ${d} ${f}. Outline entries, table rows and comparison cells link to them.`,
  indicatorWord: 'indicator',
  diagnosticWord: 'diagnostic',
  toComparison: 'Comparison ↓',
  comparison: 'Comparison',
  comparisonCaption: 'Indicators by document (a row per canonical metric, a column per document)',
  metric: 'metric',
  noIndicators: 'No indicators.',
  noDiagnostics: 'No diagnostics.',
  noOutline: 'No outline found.',
  noComparison: 'No indicators to compare.',
  expandAll: 'expand all',
  collapseAll: 'collapse all',
  outlineOf: (t) => `Outline of ${t}`,
  sourceOf: (t) => `Source text of ${t}`,
  meta: { title: 'title', issuer: 'issuer', docNumber: 'number', issueDate: 'issued', publishDate: 'published', region: 'region', planYears: 'years', kind: 'kind', addressees: 'addressees', source: 'source' },
  bytes: (n) => `${n} bytes`,
  indicators: 'Indicators',
  diagnostics: 'Diagnostics',
  columns: { metric: 'metric', value: 'value', kind: 'kind', year: 'year', section: 'section', text: 'text', flags: 'flags', place: 'line:col', severity: 'severity', rule: 'rule', message: 'message' },
  kinds: { target: 'target', change: 'change', baseline: 'baseline', actual: 'actual' },
  severities: { error: 'error', warning: 'warning', info: 'info' },
  flags: { 'indicator/implausible-unit': 'implausible unit', 'indicator/missing-value': 'value lost', 'date/lost-separator': 'doubtful year' },
  lost: 'lost',
  line: (n) => `line ${n}`,
  populations: 'Population groups',
  populationsNote: 'These ages say whom a target or service is for; they are not values of a metric, so the comparison leaves them out.',
  group: 'group',
  age: 'age',
  compareProblems: 'Problems found while comparing',
  chartNotCharted: (n) => `${n} more value${n > 1 ? 's' : ''} not charted (lost, another unit, or flagged): see the table.`,
  chartChange: 'change',
  chartMore: (n) => `and ${n} more`,
  failed: 'cannot be read',
};

export const MESSAGES: Record<ReportLang, Messages> = { zh, en };

/** The short name of a flag: "单位存疑" for indicator/implausible-unit. */
export const flagLabel = (t: Messages, rule: string): string => t.flags[rule] ?? rule;
