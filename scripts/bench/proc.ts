import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** RSS in bytes of `root` and all its descendants, read from /proc (Linux). */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0;
  }
  for (const name of entries) {
    const c = name.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    const pid = Number(name);
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    } catch {
      continue; // exited meanwhile
    }
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(rest[1]);
    const rssPages = Number(rest[21]);
    rss.set(pid, rssPages * 4096);
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  let total = 0;
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rss.get(pid) ?? 0;
    for (const c of children.get(pid) ?? []) stack.push(c);
  }
  return total;
}

export interface RunResult {
  code: number;
  ms: number;
  peakRss: number;
  /** With `stepMark`: the peak tree RSS of each step, by the text of the line that started it ('' before the first). */
  stepPeaks: Record<string, number>;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command, sampling the RSS of its whole process tree every `intervalMs`; resolves with the exit
 * code, wall time, peak tree RSS and the output (also echoed with a prefix when `echo` is set). A line of
 * its output matching `stepMark` starts a step, whose own peak goes into `stepPeaks` under the line's
 * first capture group.
 */
export function run(cmd: string, args: string[], opts: SpawnOptions & { echo?: string; intervalMs?: number; stepMark?: RegExp } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    const stepPeaks: Record<string, number> = {};
    let step = '';
    let stdout = '';
    let stderr = '';
    const sample = () => {
      if (!child.pid) return;
      const rss = treeRss(child.pid);
      peak = Math.max(peak, rss);
      if (opts.stepMark) stepPeaks[step] = Math.max(stepPeaks[step] ?? 0, rss);
    };
    const timer = setInterval(sample, opts.intervalMs ?? 200);
    const echo = (chunk: Buffer, err: boolean) => {
      const text = chunk.toString();
      if (err) stderr += text;
      else stdout += text;
      if (opts.stepMark && !err) {
        for (const line of text.split('\n')) {
          const m = opts.stepMark.exec(line);
          if (m) {
            sample();
            step = m[1] ?? line;
          }
        }
      }
      if (opts.echo) {
        for (const line of text.split('\n')) if (line.trim()) process.stderr.write(`  [${opts.echo}] ${line}\n`);
      }
    };
    child.stdout!.on('data', (c: Buffer) => echo(c, false));
    child.stderr!.on('data', (c: Buffer) => echo(c, true));
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code: code ?? 1, ms: performance.now() - started, peakRss: peak, stepPeaks, stdout, stderr });
    });
    child.on('error', (error) => {
      clearInterval(timer);
      resolve({ code: 1, ms: performance.now() - started, peakRss: peak, stepPeaks, stdout, stderr: stderr + String(error) });
    });
  });
}

/** Starts a long-running process in its own process group, so it (and only it) can be stopped. */
export function startDetached(cmd: string, args: string[], opts: SpawnOptions): ChildProcess {
  return spawn(cmd, args, { ...opts, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Stops a process started by `startDetached`: its own process group, by its pid. */
export async function stopDetached(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}
