// Whether a text leaves a book-title mark or a bracket open: such a line is the first part of a
// title or a name that a line break (a PDF's, a centred title's) cut, never a whole one.

/** Whether `text` opens more 《 than it closes 》, or more （ ( than it closes ） ). */
export function leavesOpen(text: string): boolean {
  let titles = 0;
  let brackets = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x300a) titles++;
    else if (c === 0x300b) titles--;
    else if (c === 0xff08 || c === 0x28) brackets++;
    else if (c === 0xff09 || c === 0x29) brackets--;
  }
  return titles > 0 || brackets > 0;
}
