// One-line messages on standard error: "plan-extract: <input>: <message>".
// Messages on standard error are coloured only when stderr is a terminal (and NO_COLOR is unset).
import { chalkStderr as chalk } from 'chalk';

export function errorLine(input: string | null, message: string): void {
  process.stderr.write(`${chalk.red('plan-extract:')} ${input === null ? '' : `${input}: `}${message}\n`);
}
