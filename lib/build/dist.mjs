/**
 * Atomic builds: each `npm run build` writes a fresh dist dir, one of three slots under `.builds/`, and only
 * when every phase has succeeded switches `.builds/current` (one small file, replaced by a rename) to it.
 * next.config.mjs reads the pointer for `distDir`, so `npm start` serves the last complete build whatever
 * happened to a later one. The slot being built is neither the current nor the previous build, which are
 * the two kept; the third is deleted before it is reused (and after a successful build).
 *
 * Fixed slot names keep tsconfig.json stable: Next adds each dist dir's types to its `include`. The slots are
 * not under `.next/`, which `npm run dev` and `npm run build:export` use, and which `next build` empties
 * (all but `.next/cache/`) when it builds there.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const BUILDS = '.builds';
export const SLOTS = ['.builds/build-0', '.builds/build-1', '.builds/build-2'];
const POINTER = '.builds/current';
const PREVIOUS = '.builds/previous';

function readSlot(root, file) {
  try {
    const value = readFileSync(join(root, file), 'utf8').trim();
    return SLOTS.includes(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The dist dir of the build `npm start` serves: the pointer's slot, else `.next` (a plain `next build`). */
export function currentDistDir(root = process.cwd()) {
  const slot = readSlot(root, POINTER);
  return slot && existsSync(join(root, slot, 'BUILD_ID')) ? slot : '.next';
}

/**
 * A fresh, empty slot for a new build: neither the current nor the previous build. Its `cache/` (Turbopack's
 * persistent build cache) is shared by every slot, in `.next/cache/next` (kept by hosts like the rest of
 * `.next/cache`), so that a build compiles only what changed since the last one, whichever slot it went to.
 */
export function freshSlot(root = process.cwd()) {
  const keep = [readSlot(root, POINTER), readSlot(root, PREVIOUS)];
  const slot = SLOTS.find((s) => !keep.includes(s));
  rmSync(join(root, slot), { recursive: true, force: true });
  mkdirSync(join(root, '.next', 'cache', 'next'), { recursive: true });
  mkdirSync(join(root, slot), { recursive: true });
  symlinkSync(join('..', '..', '.next', 'cache', 'next'), join(root, slot, 'cache'), 'dir');
  return slot;
}

function writeAtomically(path, text) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Makes `slot` the served build in one rename, remembers the one it replaces, prunes the third. */
export function switchTo(slot, root = process.cwd()) {
  const current = readSlot(root, POINTER);
  if (current && current !== slot) writeAtomically(join(root, PREVIOUS), `${current}\n`);
  writeAtomically(join(root, POINTER), `${slot}\n`);
  for (const s of SLOTS) if (s !== slot && s !== current) rmSync(join(root, s), { recursive: true, force: true });
}
