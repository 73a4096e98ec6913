/** The content-addressed store of compiled article bodies in .next/cache/mdx. */
import { digest, DigestStore, packageVersion } from './digest-cache';
import { OPTIONS_VERSION } from './mdx-options';

/**
 * The store of compiled article bodies: mdx-bundler's output, one file per body, named by the body's digest
 * (lib/content/digest-cache.ts): its MDX source under the compiler's version (the versions of mdx-bundler,
 * @mdx-js/esbuild, remark-gfm and esbuild, and OPTIONS_VERSION). A file is written once (to a temporary
 * name, then renamed), never overwritten nor edited, so a build or a publish that compiles new bodies
 * never disturbs a server reading older ones, and a body that did not change is never compiled again.
 *
 * It lives in `.next/cache/mdx` (MDX_STORE_DIR overrides), which hosts keep between builds like Next's
 * own cache; a fresh clone with that directory restored compiles only what changed.
 */
const store = new DigestStore('mdx', 'MDX_STORE_DIR', '.js');

const COMPILER_PACKAGES = ['mdx-bundler', '@mdx-js/esbuild', 'remark-gfm', 'esbuild'];

/** The compiler's identity, its code version: installed versions and the options' version. */
const compilerIdentity = (): string => packageVersion(COMPILER_PACKAGES, `options@${OPTIONS_VERSION}`);

/** The store key of a body: its digest under the compiler's identity. */
export const bodyKey = (source: string): string => digest(compilerIdentity(), source);

export const hasCompiled = (key: string) => store.has(key);

/** Adds a compiled body: written to a temporary file and renamed, so no reader ever sees half a file. */
export const putCompiled = (key: string, code: string): void => store.put(key, code, { once: true });

/** The compiled code of a body, or undefined if it was never compiled. */
export const getCompiled = (source: string): string | undefined => store.get(bodyKey(source));
