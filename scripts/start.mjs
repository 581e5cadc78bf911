#!/usr/bin/env node
// `npm start`: install dependencies when needed, build the dashboard, prepare the database (migrate, and seed the
// demo county when it is empty), then run the server. Needs only node and npm; pnpm comes through npx when absent.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import net from 'node:net';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '10.34.9';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT || 3000);
const url = `http://localhost:${port}`;
const windows = process.platform === 'win32';

process.chdir(root);

const pnpm = spawnSync('pnpm', ['--version'], { stdio: 'ignore', shell: windows }).status === 0 ? ['pnpm'] : ['npx', '-y', `pnpm@${PNPM_VERSION}`];

let child = null;
let interrupted = null;

// Each step runs in its own process group and signals go to the whole group: pnpm (and npx) do not pass SIGTERM on
// to the script they run, so signalling pnpm alone would leave the server orphaned.
function signalChild(signal) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return false;
  try {
    if (windows) child.kill(signal);
    else process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
  return true;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interrupted && signalChild('SIGKILL')) return; // second Ctrl+C: stop waiting for a graceful exit
    interrupted = signal;
    if (!signalChild(signal)) process.exit(128 + constants.signals[signal]);
  });
}

function run(args) {
  return new Promise((resolve, reject) => {
    child = spawn(pnpm[0], [...pnpm.slice(1), ...args], { stdio: 'inherit', shell: windows, detached: !windows });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      child = null;
      resolve(code ?? 128 + (constants.signals[signal] ?? 1));
    });
  });
}

async function step(title, args) {
  console.log(`\n▶ ${title}: pnpm ${args.join(' ')}`);
  const code = await run(args);
  if (interrupted) process.exit(128 + constants.signals[interrupted]);
  if (code !== 0) {
    console.error(`\n✖ ${title} failed (exit code ${code})`);
    process.exit(code);
  }
}

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

// pnpm rewrites node_modules/.modules.yaml on every install, so it dates the last install.
function needsInstall() {
  const installedAt = mtime(join(root, 'node_modules', '.modules.yaml'));
  if (installedAt === 0) return true;
  return ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json'].some((file) => mtime(join(root, file)) > installedAt);
}

function connects(host) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function portAnswers() {
  return (await connects('127.0.0.1')) || (await connects('::1'));
}

function waitForPort(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const poll = async () => {
      if (child === null) return resolve(false);
      if (await portAnswers()) return resolve(true);
      if (Date.now() > deadline) return resolve(false);
      setTimeout(poll, 500);
    };
    poll();
  });
}

if (needsInstall()) {
  await step('Installing dependencies', ['install', '--frozen-lockfile', '--config.confirmModulesPurge=false']);
}
await step('Building the dashboard', ['--filter', '@wuye/dashboard', 'build']);
// The demo county is made as of its reference date (DEMO_REFERENCE_DATE in packages/db/src/seed/demo-county.ts): the
// demo's clock starts there, so its deadlines, campaign phase and KPI periods look as made whatever day this is run.
// CLOCK_START= (empty) runs it on the real time.
if (process.env.CLOCK_START === undefined) process.env.CLOCK_START = '2026-11-15';
await step('Preparing the database', ['--filter', '@wuye/server', 'run', 'cli', 'setup']);

if (await portAnswers()) {
  console.error(`\n✖ Port ${port} is already in use; stop whatever is listening there or set PORT.`);
  process.exit(1);
}
console.log(`\n▶ Starting the server on ${url}${process.env.CLOCK_START ? ` (clock from ${process.env.CLOCK_START})` : ''}`);
const serverExit = run(['--filter', '@wuye/server', 'start']);
if (await waitForPort(120_000)) {
  console.log(`\n  物业监管平台 is running at ${url}\n  (Ctrl+C to stop)\n`);
}
const code = await serverExit;
process.exit(interrupted ? 128 + constants.signals[interrupted] : code);
