import type { Rule } from '../types.js';

export const textEmpty: Rule = {
  id: 'text/empty',
  severity: 'warning',
  description: 'The file is empty or holds only white space, so there is no plan to extract: the download or the conversion failed.',
  bad: '',
  good: '2024年卫生健康工作要点\n一、全面加强党的建设',
  check(context) {
    if (/^[\s\u00a0\u3000\u200b\ufeff]*$/u.test(context.text)) {
      context.report(context.text === '' ? 'Empty file: there is no text to extract' : 'The file holds only white space: there is no text to extract', 0, context.text.length);
    }
  },
};
