import { unified } from 'unified';
import remarkParse from 'remark-parse';
const cases = {
  stars: (n) => '*'.repeat(n) + 'text' + '*'.repeat(n),
  starA: (n) => '*a '.repeat(n) + 'x' + ' a*'.repeat(n),
  under: (n) => '_'.repeat(n) + 'text' + '_'.repeat(n),
  listIndent: (n) => Array.from({length:n},(_, i) => ' '.repeat(2*i) + '- item').join('\n'),
  listLine: (n) => '- '.repeat(n) + 'x',
  quote: (n) => '>'.repeat(n) + ' x',
  brackets: (n) => '['.repeat(n) + 'x' + ']'.repeat(n),
  imgs: (n) => '!['.repeat(n) + 'x' + '](u)'.repeat(n),
  links: (n) => '[a](b) '.repeat(n),
  backticks: (n) => '`'.repeat(n) + 'x' + '`'.repeat(n-1),
  lt: (n) => '<'.repeat(n) + 'x',
  bold: (n) => '**a** '.repeat(n),
  boldLines: (n) => '**a**\n'.repeat(n),
  linkLines: (n) => '[a](b)\n'.repeat(n),
  flat: (n) => '- item\n'.repeat(n),
  ordered: (n) => Array.from({length:n},(_, i) => ' '.repeat(3*i) + '1. item').join('\n'),
};
const [name, n] = [process.argv[2], +process.argv[3]];
const src = cases[name](n);
const t = Date.now();
try { const tree = unified().use(remarkParse).parse(src); console.log(name, n, src.length, 'ok', Date.now()-t, 'ms'); }
catch (e) { console.log(name, n, src.length, 'ERR', e.message, Date.now()-t, 'ms'); }
