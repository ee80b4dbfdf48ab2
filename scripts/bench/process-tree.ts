/**
 * Runs a command and measures wall time and the peak resident memory of its
 * whole process tree (the sum over all descendants, sampled from /proc),
 * which is what a build machine must have free.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface RunMeasurement {
  seconds: number;
  peakRssBytes: number;
  exitCode: number;
  output: string;
}

function childrenOf(pid: number): number[] {
  try {
    const tasks = fs.readdirSync(`/proc/${pid}/task`);
    return tasks.flatMap((task) => {
      try {
        return fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

function rssOf(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kilobytes = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kilobytes ? Number(kilobytes) * 1024 : 0;
  } catch {
    return 0;
  }
}

export function treeRss(root: number): number {
  let total = 0;
  const pending = [root];
  while (pending.length) {
    const pid = pending.pop()!;
    total += rssOf(pid);
    pending.push(...childrenOf(pid));
  }
  return total;
}

export function measureCommand(command: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string): Promise<RunMeasurement> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], ...(cwd ? { cwd } : {}) });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peak = 0;
    const sampler = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 50);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
        peakRssBytes: peak,
        exitCode: code ?? 1,
        output,
      });
    });
  });
}

export function folderBytes(folder: string): number {
  if (!fs.existsSync(folder)) return 0;
  let total = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(`${entry.parentPath}/${entry.name}`).size;
  }
  return total;
}
