/** A fingerprint of everything `next build` reads, so an unchanged site skips the build. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileHashes } from '../content/file-hashes';

/**
 * A fingerprint of everything `next build` reads: the site's code and configuration, the lockfile, the
 * content, and the environment variables that change its output. `npm run build` stores it in the dist
 * dir it builds and, when the served build has the same fingerprint, keeps that build instead of
 * rebuilding it (scripts/build.ts); `npm run build -- --force` rebuilds anyway.
 */
const CODE = ['app', 'components', 'lib', 'public'];
const FILES = ['package-lock.json', 'next.config.mjs', 'tsconfig.json', 'postcss.config.mjs', 'instrumentation.ts'];
const ENV = ['SITE_URL', 'NEXT_OUTPUT', 'CONTENT_DIR', 'NEXT_BUILD_WORKERS'];
export const FINGERPRINT_FILE = 'build-inputs.sha256';

export function buildFingerprint(root: string, contentDir: string): string {
  const hash = createHash('sha256');
  const add = (file: string) => {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  };
  // A content file by its hash, taken from its stat when it is unchanged (lib/content/file-hashes.ts): the
  // content is a gigabyte at 10,000 articles with their photos and official timing, the code a few MiB.
  const hashes = FileHashes.open('fingerprint-hashes');
  const addContent = (file: string) => {
    hash.update(relative(root, file)).update('\0').update(hashes.sha256(file)).update('\0');
  };
  const walk = (dir: string, each: (file: string) => void) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full, each);
      else each(full);
    }
  };
  for (const dir of CODE) walk(join(root, dir), add);
  for (const file of FILES) if (existsSync(join(root, file))) add(join(root, file));
  hash.update('content\0');
  walk(contentDir, addContent);
  hashes.save();
  for (const name of ENV) hash.update(`${name}=${process.env[name] ?? ''}\0`);
  return hash.digest('hex');
}

/** The fingerprint a dist dir was built from, if it has one. */
export function builtFrom(distDir: string): string | undefined {
  try {
    return readFileSync(join(distDir, FINGERPRINT_FILE), 'utf8').trim();
  } catch {
    return undefined;
  }
}
