// One-line messages on standard error: "plan-extract: <input>: <message>".
import chalk from 'chalk';

export function errorLine(input: string | null, message: string): void {
  process.stderr.write(`${chalk.red('plan-extract:')} ${input === null ? '' : `${input}: `}${message}\n`);
}
