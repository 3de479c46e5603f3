// fast-check generators of realistic plan documents: titles and document numbers, outline markers
// of every scheme (一、 （一） 1. (1) ① 第X章 一是…二是…), body sentences with indicators (numbers
// with %, ‰, 万人, 亿元, 个百分点, ranges, Chinese numerals), deadlines, tables flattened one cell
// per line, web-page furniture, markdown syntax; then mixed full/half widths, any line ends, stray
// characters, and (for bytes) damaged UTF-8 and other encodings. Sizes go up to hundreds of lines.
import fc from 'fast-check';
import iconv from 'iconv-lite';

const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..99 in Chinese numerals (十, 十一, 二十三). */
export function chineseNumeral(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return CN_DIGITS[ones] as string;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${CN_DIGITS[ones]}`;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const ordinal = fc.integer({ min: 1, max: 20 });

export const marker: fc.Arbitrary<string> = fc.oneof(
  ordinal.map((n) => `${chineseNumeral(n)}、`),
  ordinal.map((n) => `（${chineseNumeral(n)}）`),
  ordinal.map((n) => `(${chineseNumeral(n)})`),
  fc.tuple(ordinal, fc.constantFrom('.', '、', '．', '. ', ' ')).map(([n, sep]) => `${n}${sep}`),
  ordinal.map((n) => `(${n})`),
  ordinal.map((n) => `（${n}）`),
  ordinal.map((n) => CIRCLED[n - 1] as string),
  fc.tuple(ordinal, fc.constantFrom('章', '节', '条', '部分')).map(([n, unit]) => `第${chineseNumeral(n)}${unit}`),
);

const WORDS = [
  '加强', '公共卫生', '体系建设', '疾病预防控制', '医疗服务', '基层', '推进', '健全', '完善', '机制', '人才队伍', '信息化',
  '中医药', '妇幼健康', '老年健康', '传染病', '监测预警', '应急处置', '家庭医生', '签约服务', '公立医院', '高质量发展',
  '分级诊疗', '医保', '药品', '爱国卫生运动', '健康促进', '党的建设', '全面从严治党', '疫情防控', '能力', '水平', '工作',
  '重点', '任务', '全市', '各区', '卫生健康委', '市场监管局', '落实', '责任', '组织领导', '保障措施', '总体要求', '主要目标',
];
const word = fc.constantFrom(...WORDS);
const phrase = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(''));

const METRICS = ['婴儿死亡率', '孕产妇死亡率', '人均预期寿命', '每千人口执业（助理）医师数', '家庭医生签约率', '5岁以下儿童死亡率', '床位数', '财政投入', '居民健康素养水平', '门诊量'];
const UNITS = ['%', '‰', '万人', '亿元', '个百分点', '岁', '张', '家', '个', '天', '微克/立方米', '/10万', '人', ''];
const VERBS = ['下降到', '控制在', '提高到', '达到', '不低于', '不少于', '提升', '增长', '保持在', '分别控制在', '均达到', '由'];

export const number: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 100000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`),
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 })).map(([a, b]) => `${a}-${b}`),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 })).map(([a, b]) => `${chineseNumeral(a)}万${chineseNumeral(b)}`),
  fc.integer({ min: 1, max: 99 }).map((n) => `百分之${chineseNumeral(n)}`),
  fc.constant('百分百'),
  fc.constant(''),
);

const year = fc.integer({ min: 2015, max: 2035 });
export const deadline: fc.Arbitrary<string> = fc.oneof(
  year.map((y) => `到${y}年`),
  year.map((y) => `${y}年底前`),
  fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${y}年${m}月${d}日`),
  year.map((y) => `${y}—${y + 5}年`),
  year.map((y) => `${y}${y + 2}年`),
  fc.constantFrom('“十四五”期间', '上半年', '年内', '十五五', '2024-03-01'),
);

export const indicator: fc.Arbitrary<string> = fc
  .tuple(fc.option(deadline), fc.constantFrom(...METRICS), fc.constantFrom(...VERBS), number, fc.constantFrom(...UNITS), fc.constantFrom('以下', '以上', '以内', '左右', ''))
  .map(([when, metric, verb, value, unit, qualifier]) => `${when ? `${when}，` : ''}${metric}${verb}${value}${unit}${qualifier}`);

export const sentence: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: phrase }, { weight: 2, arbitrary: indicator }, { weight: 1, arbitrary: deadline }), { minLength: 1, maxLength: 5 })
  .chain((parts) => fc.constantFrom('。', '；', '，', '', '.', ';').map((end) => `${parts.join('，')}${end}`));

const heading = fc.tuple(marker, phrase, fc.constantFrom('', '。', '：', ' '), fc.option(sentence)).map(([m, title, sep, body]) => `${m}${title}${sep}${body ?? ''}`);

const inlineItems = fc
  .array(sentence, { minLength: 2, maxLength: 6 })
  .chain((items) =>
    fc.constantFrom('是', '要', '方面').map((kind) =>
      kind === '方面' ? `一方面，${items[0]}另一方面，${items[1]}` : items.map((s, i) => `${chineseNumeral(i + 1)}${kind}${s}`).join(''),
    ),
  );

const title = fc.tuple(fc.constantFrom('某市', '某县', '某省', '某区', ''), year, fc.constantFrom('年卫生健康工作要点', '年工作计划', '年重点工作', '年度实施方案')).map(([r, y, k]) => `${r}${y}${k}`);
const docNumber = fc.tuple(fc.constantFrom('某卫发', '某卫健', '某政办发'), year, fc.integer({ min: 1, max: 300 })).map(([p, y, n]) => `${p}〔${y}〕${n}号`);

const FURNITURE = [
  '首页 > 政务公开 > 通知公告', '字号：大 中 小', '【打印本页】【关闭窗口】', '分享到：', '扫一扫在手机打开当前页', '网站地图 | 联系我们',
  '发布时间：2024-01-05 来源：市卫生健康委', '浏览次数：1024', '上一篇：关于做好春节期间工作的通知', '当前位置：首页 > 信息公开',
];
const furniture = fc.constantFrom(...FURNITURE);

/** A table flattened one cell per line, with its caption and sometimes a note. */
const table = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.array(fc.tuple(fc.constantFrom(...METRICS), fc.constantFrom(...UNITS), number, number), { minLength: 1, maxLength: 12 }), fc.boolean())
  .map(([n, rows, note]) => {
    const cells = [`表${n} 主要发展指标`, '序号', '指标名称', '单位', '2020年', '2025年', '属性'];
    rows.forEach(([metric, unit, a, b], i) => cells.push(String(i + 1), metric, unit || '—', a, b, i % 2 ? '约束性' : '预期性'));
    if (note) cells.push('注：带*的指标为约束性指标。');
    return cells.join('\n');
  });

const signature = fc.tuple(fc.constantFrom('某市卫生健康委员会', '某县人民政府办公室'), year, fc.integer({ min: 1, max: 12 })).map(([who, y, m]) => `${who}\n${y}年${m}月1日`);

/** Markdown syntax, for documents read as .md. */
const markdownLine: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('# ', '## ', '### ', '#### '), heading).map(([h, t]) => `${h}${t}`),
  fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '> ', '  - ', '    ', '> - '), sentence).map(([b, t]) => `${b}${t}`),
  sentence.map((s) => `**${s}**`),
  sentence.map((s) => `*${s}* _${s}_`),
  sentence.map((s) => `[${s}](http://example.org/a.html) ![图](a.png) \`${s}\``),
  sentence.map((s) => `\`\`\`\n${s}\n\`\`\``),
  fc.constantFrom('---', '***', '| 指标 | 单位 |', '|---|---|', '<div>', '</div>', '\\*', '[^1]: 注释'),
  fc.integer({ min: 1, max: 60 }).map((n) => `${'>'.repeat(n)} ${'  '.repeat(n)}- 嵌套`),
  fc.integer({ min: 1, max: 90 }).map((n) => `${'*'.repeat(n)}强调${'*'.repeat(n)}`),
);

/** Anything at all, in small doses: control characters, lone surrogates, BOM, replacement characters. */
const stray: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('\ufffd', '\ufeff', '\u200b', '\u3000', '\u00a0', '\t', ' ', '“', '”', '《', '》', '"', '（', ')', '—', '…'),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);

const block = (markdown: boolean): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: heading },
    { weight: 8, arbitrary: sentence },
    { weight: 2, arbitrary: inlineItems },
    { weight: 1, arbitrary: table },
    { weight: 2, arbitrary: furniture },
    { weight: 2, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.oneof(title, docNumber, signature) },
    { weight: markdown ? 4 : 1, arbitrary: markdownLine },
    { weight: 1, arbitrary: stray },
  );

const FULL_WIDTH_OFFSET = 0xfee0;
/** Turns some ASCII characters into their full-width forms (and so mixes widths). */
function mixWidths(text: string, seed: number): string {
  if (seed % 3 === 0) return text;
  let out = '';
  let x = seed | 1;
  for (const ch of text) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    const c = ch.charCodeAt(0);
    out += c > 0x20 && c < 0x7f && x % 7 === 0 ? String.fromCharCode(c + FULL_WIDTH_OFFSET) : ch;
  }
  return out;
}

const LINE_ENDS = ['\n', '\r\n', '\r'];

/** Lines joined with one line end, or a random mix of LF, CRLF and CR. */
function joinLines(lines: readonly string[], seed: number): string {
  const mode = seed % 5;
  if (mode < 3) return lines.join(LINE_ENDS[mode]) + (seed % 2 ? LINE_ENDS[mode] : '');
  return lines.map((l, i) => l + (LINE_ENDS[(seed + i * 7) % 3] as string)).join('');
}

export interface Document {
  text: string;
  markdown: boolean;
}

/** Documents of up to `maxLines` blocks, biased towards the large end (size: 'max'). */
export function documents(maxLines: number, markdown: boolean): fc.Arbitrary<Document> {
  const lines = fc.array(block(markdown), { maxLength: maxLines, size: 'max' });
  return fc
    .tuple(fc.option(title), lines, fc.integer({ min: 0, max: 0x7fffffff }))
    .map(([head, body, seed]) => ({ text: mixWidths(joinLines(head ? [head, ...body] : body, seed), seed), markdown }));
}

/** Small, medium and large documents, plain text and markdown. */
export const anyDocument: fc.Arbitrary<Document> = fc.oneof(
  { weight: 5, arbitrary: fc.oneof(documents(12, false), documents(12, true)) },
  { weight: 3, arbitrary: fc.oneof(documents(80, false), documents(80, true)) },
  { weight: 1, arbitrary: fc.oneof(documents(400, false), documents(400, true)) },
);

/** Damages UTF-8 bytes: random bytes put in, multi-byte characters cut. */
function damage(bytes: Uint8Array, edits: readonly [number, number][]): Uint8Array {
  const out = Array.from(bytes);
  for (const [where, byte] of edits) {
    if (out.length === 0) break;
    const at = where % out.length;
    if (byte % 3 === 0) out.splice(at, 1);
    else out.splice(at, 0, 0x80 + (byte % 0x80));
  }
  return Uint8Array.from(out);
}

export interface ByteDocument extends Document {
  bytes: Uint8Array;
}

/** A document as bytes: UTF-8 (± BOM, ± damage), GB18030, Big5 or UTF-16 with or without BOM. */
export const anyBytes: fc.Arbitrary<ByteDocument> = fc
  .tuple(anyDocument, fc.constantFrom('utf-8', 'utf-8-bom', 'damaged', 'gb18030', 'big5', 'utf-16le', 'utf-16be', 'utf-16le-bom'), fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 8 }))
  .map(([doc, encoding, edits]) => {
    const utf8 = Buffer.from(doc.text, 'utf8');
    let bytes: Uint8Array;
    if (encoding === 'utf-8') bytes = utf8;
    else if (encoding === 'utf-8-bom') bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    else if (encoding === 'damaged') bytes = damage(utf8, edits);
    else if (encoding === 'gb18030' || encoding === 'big5') bytes = iconv.encode(doc.text, encoding);
    else {
      const le = Buffer.from(doc.text, 'utf16le');
      bytes = encoding === 'utf-16be' ? Buffer.from(le).swap16() : encoding === 'utf-16le-bom' ? Buffer.concat([Buffer.from([0xff, 0xfe]), le]) : le;
    }
    return { ...doc, bytes };
  });
