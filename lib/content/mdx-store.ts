/** The content-addressed store of compiled article bodies in .next/cache/mdx. */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { OPTIONS_VERSION } from './mdx-options';

/**
 * The store of compiled article bodies: mdx-bundler's output, one file per body, named by a hash of the
 * body's MDX source and of the compiler (the versions of mdx-bundler, @mdx-js/esbuild, remark-gfm and
 * esbuild, and OPTIONS_VERSION). A file is written once (to a temporary name, then renamed), never
 * overwritten nor edited, so a build or a publish that compiles new bodies never disturbs a server
 * reading older ones, and a body that did not change is never compiled again.
 *
 * It lives in `.next/cache/mdx` (MDX_STORE_DIR overrides), which hosts keep between builds like Next's
 * own cache; a fresh clone with that directory restored compiles only what changed.
 */
export const storeDir = () => process.env.MDX_STORE_DIR ?? join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'cache', 'mdx');

const COMPILER_PACKAGES = ['mdx-bundler', '@mdx-js/esbuild', 'remark-gfm', 'esbuild'];
let compilerId: string | undefined;

/** The compiler's identity: installed versions and the options' version. */
export function compilerIdentity(): string {
  if (compilerId) return compilerId;
  const versions = COMPILER_PACKAGES.map((name) => {
    const file = join(process.cwd(), 'node_modules', name, 'package.json');
    const version = existsSync(/*turbopackIgnore: true*/ file)
      ? (JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, 'utf8')) as { version: string }).version
      : 'absent';
    return `${name}@${version}`;
  });
  compilerId = `${versions.join(' ')} options@${OPTIONS_VERSION}`;
  return compilerId;
}

/** The store key of a body: sha256 of the compiler's identity and the MDX source. */
export function bodyKey(source: string): string {
  return createHash('sha256').update(compilerIdentity()).update('\0').update(source).digest('hex');
}

const pathOf = (key: string) => join(storeDir(), key.slice(0, 2), `${key}.js`);

export const hasCompiled = (key: string) => existsSync(/*turbopackIgnore: true*/ pathOf(key));

/** Adds a compiled body: written to a temporary file and renamed, so no reader ever sees half a file. */
export function putCompiled(key: string, code: string): void {
  const path = pathOf(key);
  if (existsSync(/*turbopackIgnore: true*/ path)) return;
  mkdirSync(/*turbopackIgnore: true*/ dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(/*turbopackIgnore: true*/ tmp, code);
  renameSync(/*turbopackIgnore: true*/ tmp, path);
}

/** The compiled code of a body, or undefined if it was never compiled. */
export function getCompiled(source: string): string | undefined {
  try {
    return readFileSync(/*turbopackIgnore: true*/ pathOf(bodyKey(source)), 'utf8');
  } catch {
    return undefined;
  }
}
