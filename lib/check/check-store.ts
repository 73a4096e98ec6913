/** The check's code version, and its stores: one folder of `.next/cache/check` per version, the others removed. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DigestStore, packageVersion, sourceVersion } from '../content/digest-cache';

/** The checker's code version: a hash of the source of lib/content, lib/graph and lib/check. */
export const checkVersion = () => sourceVersion(join(dirname(fileURLToPath(import.meta.url)), '..'), ['content', 'graph', 'check']);

const PARSER_PACKAGES = ['@mdx-js/mdx', 'remark-gfm'];

/** The code version of what the check keeps: the checker's source and the MDX parser's packages, whose scans it holds. */
export const scanVersion = (): string => packageVersion(PARSER_PACKAGES, checkVersion());

/**
 * A store of what the check keeps, files ending in `extension`, in the folder of the code version
 * (DigestStore's `version`): every key holds the version, so a change of the checker's code made every kept
 * part unreadable, and at 10,000 articles each version left about 240 MiB in 12,000 files behind it (2.3 GiB
 * in one project copy after a day of work). The first write under a new version removes the other versions'
 * folders. All of the check's versioned stores share scanVersion, so that none removes another's folder.
 */
export const checkStore = (extension: string): DigestStore => new DigestStore('check', 'CHECK_CACHE_DIR', extension, scanVersion);
