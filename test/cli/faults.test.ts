// Issue 11's faults, through the real CLI: colliding output names, huge and binary inputs, a
// failed or closed standard output, environment errors, interrupted and failed writes, --jobs.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { planSchema } from '../../src/schema.js';
import { BIN, ROOT, runCli, SEEDS } from '../helpers.js';

const S000 = '000_02d3ace16047bf58.txt';
const S001 = '001_73bd3943b8d95550.txt';
const S002 = '002_8e5f57c3d734c99e.txt';
const TRACE = /\bat .*\.js:\d+/u;

const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), `plan-extract-${prefix}-`));
const lines = (text: string) => text.trim().split('\n').filter((l) => l !== '');

/** Every file under `dir` whose name marks it as a temporary of an atomic write. */
function temporaries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tmp'));
}

/**
 * Runs a shell pipeline in ROOT with the CLI as $P; returns its stderr and the CLI's status.
 * Asynchronous, so a long series of runs does not block the test worker.
 */
async function pipeline(command: string): Promise<{ stderr: string; status: string }> {
  const child = spawn('bash', ['-c', `P="node ${BIN}"; ${command}; echo "status \${PIPESTATUS[0]}" >&2`], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  await new Promise((resolve) => child.on('close', resolve));
  const all = lines(stderr);
  return { stderr: all.slice(0, -1).join('\n'), status: all.at(-1) ?? '' };
}

/** A small tmpfs of its own (we run as root in CI); undefined where mounting is not allowed. */
function smallTmpfs(kilobytes: number): { dir: string; unmount: () => void } | undefined {
  const dir = tmp('tmpfs');
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kilobytes}k`, 'tmpfs', dir]);
  if (mount.status !== 0) return undefined;
  return { dir, unmount: () => spawnSync('umount', [dir]) };
}
const CAN_MOUNT = (() => {
  const fs = smallTmpfs(16);
  fs?.unmount();
  if (!fs) console.warn('full-disk tests skipped: cannot mount a tmpfs here (needs root)');
  return fs !== undefined;
})();

describe('--out-dir names', () => {
  function tree(): string {
    const dir = tmp('names');
    mkdirSync(join(dir, 'd1'));
    mkdirSync(join(dir, 'd2'));
    copyFileSync(join(SEEDS, S000), join(dir, 'd1', 'a.txt'));
    copyFileSync(join(SEEDS, S001), join(dir, 'd2', 'a.txt'));
    copyFileSync(join(SEEDS, S002), join(dir, 'd1', 'b.txt'));
    writeFileSync(join(dir, 'd1', 'b.md'), '# 一、总体要求\n');
    return dir;
  }

  it('should support inputs of the same name in different folders by mirroring the folders', () => {
    const dir = tree();
    const run = runCli(['--out-dir', 'out', 'd1/a.txt', 'd2/a.txt', 'd1/b.txt'], undefined, {}, dir);
    expect(run.status).toBe(0);
    expect(readdirSync(join(dir, 'out'), { recursive: true, encoding: 'utf8' }).sort()).toEqual(['d1', 'd1/a.json', 'd1/b.json', 'd2', 'd2/a.json']);
    const plan = (p: string) => planSchema.parse(JSON.parse(readFileSync(join(dir, 'out', p), 'utf8')));
    expect(plan('d1/a.json').source.path).toBe('d1/a.txt');
    expect(plan('d2/a.json').source.path).toBe('d2/a.txt');
  });

  it('should not support two inputs that would share an output: one clear line, nothing written', () => {
    const dir = tree();
    const run = runCli(['--out-dir', 'out', 'd1/a.txt', 'd1/b.md', 'd1/b.txt'], undefined, {}, dir);
    expect(run.status).toBe(2);
    expect(lines(run.stderr)).toEqual(['plan-extract: d1/b.md and d1/b.txt would both be written to out/b.json; rename one or run them separately']);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('should support seeds named flat as before (out/<name>.json)', () => {
    const dir = tmp('flat');
    const run = runCli(['--out-dir', dir, `seeds/${S000}`, `seeds/${S001}`]);
    expect(run.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([S000.replace('.txt', '.json'), S001.replace('.txt', '.json')]);
  });
});

describe('YAML output', () => {
  it('should support writing each document as YAML that reads back as the JSON document', () => {
    const json = JSON.parse(runCli([`seeds/${S002}`, `seeds/${S001}`]).stdout) as unknown[];
    const run = runCli(['--format', 'yaml', `seeds/${S002}`, `seeds/${S001}`]);
    expect(run.status).toBe(0);
    const documents = run.stdout.split(/^---\n/mu).filter((d) => d !== '');
    expect(documents.map((d) => parseYaml(d))).toEqual(json);
  });
});

describe('limits', () => {
  it('should support --jobs above the cores by clamping them with a one-line note', () => {
    const files = Array.from({ length: 8 }, () => `seeds/${S001}`);
    const run = runCli(['--jobs', '1000', '--format', 'ndjson', ...files]);
    expect(run.status).toBe(0);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/^plan-extract: note: --jobs 1000 is more than the \d+ available cores?; using \d+\n$/u);
    expect(lines(run.stdout)).toHaveLength(8);
  });

  it('should not support an input above --max-size: one line, the others still printed', () => {
    const run = runCli(['--max-size', '20K', '--format', 'ndjson', `seeds/${S002}`, `seeds/${S001}`]);
    expect(run.status).toBe(1);
    expect(lines(run.stderr)).toEqual([`plan-extract: seeds/${S002}: larger than the 20K limit (--max-size); not read`]);
    expect(lines(run.stdout).map((l) => planSchema.parse(JSON.parse(l)).source.path)).toEqual([`seeds/${S001}`]);
  });

  it('should not support standard input above --max-size', () => {
    const run = runCli(['--max-size', '1K'], '一、总体要求\n'.repeat(200));
    expect(run.status).toBe(1);
    expect(lines(run.stderr)).toEqual(['plan-extract: -: larger than the 1K limit (--max-size); not read']);
  });

  it('should not support an endless binary input: /dev/zero as a file and as standard input end with one line', async () => {
    for (const command of [`$P /dev/zero`, `$P < /dev/zero`, `$P check - < /dev/zero`]) {
      const run = await pipeline(`${command} > /dev/null`);
      expect(run.status).toBe('status 1');
      expect(run.stderr).toMatch(/^plan-extract: (\/dev\/zero|-): binary file \(contains NUL bytes\); expected text[^\n]*$/u);
    }
  });

  it('should support a named pipe (FIFO) as an input: read chunk by chunk, the same plan as the file', async () => {
    const dir = tmp('fifo');
    const fifo = join(dir, 'plan.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const fromFifo = await pipeline(`cat seeds/${S001} > ${fifo} & $P --compact ${fifo} > ${join(dir, 'fifo.json')}`);
    expect(fromFifo).toEqual({ stderr: '', status: 'status 0' });
    const fromFile = runCli(['--compact', `seeds/${S001}`]);
    const plan = JSON.parse(readFileSync(join(dir, 'fifo.json'), 'utf8'));
    const expected = JSON.parse(fromFile.stdout);
    expect(plan.children).toEqual(expected.children);
    expect(plan.indicators).toEqual(expected.indicators);
    expect(plan.source.sha256).toBe(expected.source.sha256);
  });

  it('should not support a bad --max-size', () => {
    const run = runCli(['--max-size', 'lots', `seeds/${S001}`]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('expected a size such as 64M');
  });
});

describe('standard output that fails or closes', () => {
  const commands = [`$P seeds/*.txt`, `$P check seeds/*.txt`, `$P check -r json seeds/*.txt`, `$P schema`, `$P compare seeds/*.txt`, `$P --format yaml seeds/*.txt`];

  it('should support a full standard output (> /dev/full): one line, status 2, no trace', async () => {
    for (const command of commands) {
      const run = await pipeline(`${command} > /dev/full`);
      expect(run.status, command).toBe('status 2');
      expect(run.stderr, command).toBe('plan-extract: cannot write to standard output: no space left on device (ENOSPC)');
      expect(run.stderr, command).not.toMatch(TRACE);
    }
  });

  it('should support a reader that closes the pipe at once (| head -c1): one line, status 0', async () => {
    for (const command of commands) {
      const run = await pipeline(`${command} | head -c1 > /dev/null`);
      expect(run.status, command).toBe('status 0');
      expect(run.stderr, command).not.toMatch(TRACE);
      // The pipe may close after the last write (a small output): then there is nothing to say.
      expect(lines(run.stderr).length, command).toBeLessThanOrEqual(1);
      for (const line of lines(run.stderr)) expect(line, command).toBe('plan-extract: standard output was closed by its reader (EPIPE); stopped');
    }
  });

  it('should support report -o on a device that fails: one line, status 2, the device left alone', () => {
    const run = runCli(['report', `seeds/${S001}`, '-o', '/dev/full']);
    expect(run.status).toBe(2);
    expect(lines(run.stderr)).toEqual(['plan-extract: /dev/full: cannot write: no space left on device (ENOSPC)']);
    expect(spawnSync('test', ['-c', '/dev/full']).status).toBe(0);
  });
});

describe('environment errors', () => {
  it('should name an output directory that is a file as not a directory', () => {
    const dir = tmp('notdir');
    writeFileSync(join(dir, 'file'), '');
    for (const out of ['file', 'file/sub']) {
      const run = runCli(['--out-dir', out, join(SEEDS, S001)], undefined, {}, dir);
      expect(run.status).toBe(2);
      expect(lines(run.stderr)).toEqual([`plan-extract: ${out}: cannot create the output directory: not a directory (ENOTDIR)`]);
    }
  });

  it('should name an output directory that is a link to nowhere as existing (EEXIST)', () => {
    const dir = tmp('eexist');
    symlinkSync(join(dir, 'nowhere', 'x'), join(dir, 'dangling'));
    const run = runCli(['--out-dir', 'dangling', join(SEEDS, S001)], undefined, {}, dir);
    expect(run.status).toBe(2);
    expect(lines(run.stderr)).toEqual(['plan-extract: dangling: cannot create the output directory: a file or link of that name already exists (EEXIST)']);
  });

  it('should not hang on an output directory that cannot be made (--out-dir /proc/x/y)', () => {
    const run = spawnSync(process.execPath, [BIN, '--out-dir', '/proc/plan-extract/x', `seeds/${S001}`], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(2);
    expect(lines(run.stderr)).toEqual(['plan-extract: /proc/plan-extract/x: cannot create the output directory: no such file or directory (ENOENT)']);
  });

  it('should name permission denied as such, not an internal error', () => {
    const dir = tmp('eacces');
    mkdirSync(join(dir, 'ro'), { mode: 0o555 });
    copyFileSync(join(SEEDS, S001), join(dir, 'a.txt'));
    spawnSync('chmod', ['-R', 'a+rX', dir]);
    // Root may write anywhere: as root, run without the capabilities that bypass file permissions
    // (a uid switch would also need every folder above the clone to be open to that user).
    const root = process.getuid?.() === 0;
    for (const args of [['--out-dir', 'ro/out', 'a.txt'], ['-o', 'ro/out.json', 'a.txt'], ['report', 'a.txt', '-o', 'ro/r.html'], ['check', '-O', 'ro/c.txt', 'a.txt'], ['compare', '-O', 'ro/c.json', 'a.txt']]) {
      const [command, argv] = root
        ? ['setpriv', ['--bounding-set=-dac_override,-dac_read_search', process.execPath, BIN, ...args]]
        : [process.execPath, [BIN, ...args]];
      const run = spawnSync(command, argv, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(run.status, args.join(' ')).toBe(2);
      expect(lines(run.stderr), args.join(' ')).toHaveLength(1);
      expect(run.stderr, args.join(' ')).toMatch(/^plan-extract: ro\/\S+: cannot (write|create the output directory): permission denied \(EACCES\)\n$/u);
    }
  });

  it('should read standard input named twice (- -) as one document', () => {
    const run = runCli(['--format', 'ndjson', '-', '-'], '一、总体要求\n二、主要任务\n');
    expect(run.status).toBe(0);
    expect(lines(run.stdout)).toHaveLength(1);
  });

  it('should check a file reached again through symbolic link loops once', () => {
    const dir = tmp('loops');
    mkdirSync(join(dir, 'docs', 'sub'), { recursive: true });
    copyFileSync(join(SEEDS, S002), join(dir, 'docs', 'a.txt'));
    symlinkSync('..', join(dir, 'docs', 'sub', 'up'));
    symlinkSync('.', join(dir, 'docs', 'self'));
    const run = runCli(['check', '--reporter', 'json', 'docs'], undefined, {}, dir);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string }>;
    expect(results.map((r) => r.filePath)).toEqual([join(dir, 'docs', 'a.txt')]);
  });
});

describe('check output', () => {
  it('should not give info messages severity 0 ("off") in the eslint JSON', () => {
    const run = runCli(['check', '--reporter', 'json', `seeds/${S001}`]);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; severity: number }>; infoCount: number; warningCount: number }>;
    expect(result?.infoCount).toBeGreaterThan(0);
    expect(result?.messages.every((m) => m.severity === 1 || m.severity === 2)).toBe(true);
    expect(result?.warningCount).toBe(result?.messages.filter((m) => m.severity === 1).length);
  });

  it('should report the same diagnostic at one place once', () => {
    const plan = planSchema.parse(JSON.parse(runCli([`seeds/${S002}`]).stdout));
    const keys = plan.diagnostics.map((d) => `${d.rule} ${d.position.start.offset} ${d.position.end.offset} ${d.message}`);
    expect(plan.diagnostics.some((d) => d.rule === 'indicator/missing-value')).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('should list each rule with a whole first sentence, never cut at a colon or a marker', () => {
    const run = runCli(['check', '--list-rules']);
    expect(run.status).toBe(0);
    for (const line of lines(run.stdout)) expect(line).toMatch(/[^:\d]\.$/u);
  });
});

describe('failed writes and interrupts leave no temporary file', () => {
  it.skipIf(!CAN_MOUNT)('should support a full disk under --out-dir: one line, status 2, no temporary file', () => {
    const fs = smallTmpfs(64) as NonNullable<ReturnType<typeof smallTmpfs>>;
    try {
      const run = runCli(['--out-dir', fs.dir, `seeds/${S001}`, `seeds/${S002}`]);
      expect(run.status).toBe(2);
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toMatch(/cannot write: no space left on device \(ENOSPC\)\n$/u);
      expect(temporaries(fs.dir)).toEqual([]);
    } finally {
      fs.unmount();
    }
  });

  it.skipIf(!CAN_MOUNT)('should keep the old report -o, check -O and compare -O file whole when the disk is full', () => {
    const fs = smallTmpfs(64) as NonNullable<ReturnType<typeof smallTmpfs>>;
    try {
      const old = 'the previous output\n';
      const files = { report: join(fs.dir, 'r.html'), check: join(fs.dir, 'c.sarif'), compare: join(fs.dir, 'c.json') };
      for (const f of Object.values(files)) writeFileSync(f, old);
      // Fill the disk to the last block.
      try {
        for (let i = 0; ; i++) writeFileSync(join(fs.dir, `filler${i}`), Buffer.alloc(4096));
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
      }
      const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => `seeds/${f}`);
      for (const [args, file] of [
        [['report', ...seeds, '-o', files.report], files.report],
        [['check', '--reporter', 'sarif', '-O', files.check, ...seeds], files.check],
        [['compare', '--format', 'json', '-O', files.compare, ...seeds], files.compare],
      ] as const) {
        const run = runCli([...args]);
        expect(run.status, args[0]).toBe(2);
        expect(lines(run.stderr).at(-1), args[0]).toBe(`plan-extract: ${file}: cannot write: no space left on device (ENOSPC)`);
        expect(readFileSync(file, 'utf8'), args[0]).toBe(old);
      }
      expect(temporaries(fs.dir)).toEqual([]);
    } finally {
      fs.unmount();
    }
  });

  /**
   * Runs -o on a large document, freezes the CLI (SIGSTOP) the moment its temporary file appears,
   * then sends `signal` and lets it go on. Retries when the write finished before the freeze.
   */
  async function interruptMidWrite(signal: 'SIGINT' | 'SIGTERM'): Promise<{ caught: boolean; signal: string | null; left: string[] }> {
    const dir = tmp('signal');
    const big = join(dir, 'big.txt');
    const seed = readFileSync(join(SEEDS, S002));
    writeFileSync(big, Buffer.concat(Array.from({ length: 16 }, () => seed)));
    const out = join(dir, 'out');
    mkdirSync(out);
    for (let attempt = 0; attempt < 4; attempt++) {
      const child = spawn(process.execPath, [BIN, '--out-dir', out, big], { stdio: 'ignore' });
      let caught = false;
      const watcher = watch(out, (_event, name) => {
        if (caught || !name?.endsWith('.tmp')) return;
        child.kill('SIGSTOP');
        if (temporaries(out).length === 0) {
          child.kill('SIGCONT');
          return;
        }
        caught = true;
        child.kill(signal);
        child.kill('SIGCONT');
      });
      const [, exitSignal] = (await new Promise((resolve) => child.on('exit', (...a) => resolve(a)))) as [number | null, string | null];
      watcher.close();
      if (caught) return { caught, signal: exitSignal, left: temporaries(out) };
      for (const f of readdirSync(out)) spawnSync('rm', ['-f', join(out, f)]);
    }
    return { caught: false, signal: null, left: [] };
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`should remove the temporary file when ${signal} arrives during an -o write`, async () => {
      const result = await interruptMidWrite(signal);
      expect(result.caught).toBe(true);
      expect(result.signal).toBe(signal);
      expect(result.left).toEqual([]);
    }, 120_000);
  }
});

describe('worker threads that cannot start', () => {
  it('should fail each file of the batch on one line instead of hanging', () => {
    // --input-type is inherited by the worker threads, which then cannot start.
    const files = Array.from({ length: 8 }, () => `seeds/${S001}`);
    const script = `import { main } from ${JSON.stringify(join(ROOT, 'dist/cli/main.js'))}; process.exitCode = await main(${JSON.stringify(['--jobs', '2', '--format', 'ndjson', ...files])});`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const errors = lines(run.stderr);
    expect(errors).toHaveLength(8);
    for (const e of errors) expect(e).toMatch(new RegExp(`^plan-extract: seeds/${S001}: worker thread(s cannot start| failed): .*--input-type`, 'u'));
  });
});
