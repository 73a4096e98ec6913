/**
 * Next's incremental cache handler (next.config.mjs `cacheHandler`) for every page and route handler.
 *
 * Without REDIS_URL: Next's own file-system cache (prerendered files in the dist dir, pages rendered on
 * demand written beside them, an in-memory copy), plus the URL-derived tags of lib/cache/tags.mjs.
 *
 * With REDIS_URL (several `next start` instances, docs/deploy.md): entries rendered at run time are stored
 * in Redis and shared by every instance; the pages prerendered by the build are still read from the
 * instance's own dist dir. Tag revalidations are a Redis hash (tag → time) that every instance loads at
 * start and follows through pub/sub, so a publish that revalidates a tag on one instance expires the
 * entries of every instance. An entry counts as expired when one of its tags (Next's own, in its
 * `x-next-cache-tags` header, or its URL's) was revalidated after the entry was stored.
 */
import { createRequire } from 'node:module';
import { withPageCsp, worthKeeping } from './entry-rules.mjs';
import { staticBeforeMeasure, staticPageEntry, withoutPayloadFiles } from '../static-html.mjs';
import { keyPath, pathTags } from './tags.mjs';
import { installFront } from './front.mjs';

const require = createRequire(import.meta.url);
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;
const { areTagsExpired } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js');

const TAGS_HEADER = 'x-next-cache-tags';
const ROUTE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES']);

/** The tags an entry answers to: its URL's and those Next recorded in its headers. */
function entryTags(key, data) {
  const tags = pathTags(keyPath(key));
  const header = data.value.headers?.[TAGS_HEADER];
  if (typeof header === 'string' && header) tags.push(...header.split(','));
  return tags;
}

/**
 * Every page entry handed out or stored is plain HTML without the framework's runtime or flight data
 * (lib/static-html.mjs: `staticPageEntry`, applied before Next measures the entry: `staticBeforeMeasure`;
 * and no `.rsc` files: `withoutPayloadFiles`) and carries its own Content-Security-Policy, and only
 * answers worth keeping are stored (lib/cache/entry-rules.mjs: `withPageCsp`, `worthKeeping`), whichever
 * store holds them.
 */
class LocalCacheHandler extends FileSystemCache {
  constructor(ctx) {
    super({ ...ctx, fs: ctx.fs && withoutPayloadFiles(ctx.fs) });
  }

  async get(key, ctx) {
    staticBeforeMeasure(globalThis.__incrementalCache, this.serverDistDir);
    const data = await super.get(key, ctx);
    if (data?.value && ROUTE_KINDS.has(data.value.kind) && areTagsExpired(pathTags(keyPath(key)), data.lastModified)) return null;
    if (data?.value) withPageCsp(staticPageEntry(data.value, key, this.serverDistDir));
    return data;
  }

  async set(key, value, ctx) {
    staticBeforeMeasure(globalThis.__incrementalCache, this.serverDistDir);
    // First, even for what is not kept: the response being sent is made from this very value.
    withPageCsp(staticPageEntry(value, key, this.serverDistDir));
    if (!worthKeeping(value)) return;
    return super.set(key, value, ctx);
  }
}

// ---- Redis -------------------------------------------------------------------------------------------

const PREFIX = process.env.REDIS_PREFIX ?? 'endurance-desk:';
const TAGS_KEY = `${PREFIX}tags`;
const CHANNEL = `${PREFIX}revalidated`;

/** One connection pair per process, shared by every handler instance Next creates. */
function shared() {
  const g = globalThis;
  const slot = Symbol.for('endurance-desk.redis-cache');
  if (g[slot]) return g[slot];
  const Redis = require('ioredis').default ?? require('ioredis');
  const url = process.env.REDIS_URL;
  const client = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
  const subscriber = new Redis(url, { lazyConnect: false });
  const tags = new Map();
  const apply = (entries) => {
    for (const [tag, at] of entries) if (!(tags.get(tag) >= Number(at))) tags.set(tag, Number(at));
  };
  client.on('error', (e) => console.error(`[cache] redis: ${e.message}`));
  subscriber.on('error', (e) => console.error(`[cache] redis subscriber: ${e.message}`));
  subscriber.subscribe(CHANNEL).catch((e) => console.error(`[cache] redis subscribe: ${e.message}`));
  subscriber.on('message', (_channel, message) => apply(Object.entries(JSON.parse(message))));
  const ready = client.hgetall(TAGS_KEY).then((all) => apply(Object.entries(all)), () => undefined);
  g[slot] = { client, tags, apply, ready };
  return g[slot];
}

const expiredIn = (tagTimes, tags, lastModified) => tags.some((t) => (tagTimes.get(t) ?? 0) > lastModified);

// Buffers and Maps (APP_PAGE's rscData and segmentData, APP_ROUTE's body) survive a JSON round trip.
const replacer = function (k, v) {
  const raw = this[k];
  if (Buffer.isBuffer(raw)) return { __buffer: raw.toString('base64') };
  if (raw instanceof Map) return { __map: [...raw.entries()] };
  return v;
};
const reviver = (_k, v) => (v && typeof v === 'object' ? (v.__buffer !== undefined ? Buffer.from(v.__buffer, 'base64') : v.__map ? new Map(v.__map) : v) : v);

class RedisCacheHandler {
  constructor(ctx) {
    this.local = new LocalCacheHandler(ctx);
    this.redis = shared();
  }

  async get(key, ctx) {
    staticBeforeMeasure(globalThis.__incrementalCache, this.local.serverDistDir);
    const { client, tags, ready } = this.redis;
    await ready;
    let data = null;
    try {
      const raw = await client.get(PREFIX + key);
      if (raw) data = JSON.parse(raw, reviver);
    } catch (e) {
      console.error(`[cache] redis get ${key}: ${e.message}`);
    }
    // Not stored at run time yet: the page this build prerendered, if any.
    data ??= await this.local.get(key, ctx);
    if (!data?.value) return data;
    withPageCsp(staticPageEntry(data.value, key, this.local.serverDistDir));
    const entryTagList = ROUTE_KINDS.has(data.value.kind) ? entryTags(key, data) : [...(ctx.tags ?? []), ...(ctx.softTags ?? [])];
    return expiredIn(tags, entryTagList, data.lastModified) ? null : data;
  }

  async set(key, value, ctx) {
    staticBeforeMeasure(globalThis.__incrementalCache, this.local.serverDistDir);
    const { client } = this.redis;
    if (!value) {
      await client.del(PREFIX + key).catch(() => undefined);
      return;
    }
    withPageCsp(staticPageEntry(value, key, this.local.serverDistDir));
    if (!worthKeeping(value)) return;
    const entry = { value, lastModified: Date.now(), cacheControl: ctx?.cacheControl, tags: ctx?.tags };
    try {
      await client.set(PREFIX + key, JSON.stringify(entry, replacer));
    } catch (e) {
      console.error(`[cache] redis set ${key}: ${e.message}`);
    }
  }

  async revalidateTag(tagOrTags, durations) {
    const list = typeof tagOrTags === 'string' ? [tagOrTags] : tagOrTags;
    if (list.length === 0) return;
    const { client, apply } = this.redis;
    const now = Date.now();
    const times = Object.fromEntries(list.map((t) => [t, now]));
    apply(Object.entries(times));
    await this.local.revalidateTag(list, durations);
    try {
      await client.hset(TAGS_KEY, times);
      await client.publish(CHANNEL, JSON.stringify(times));
    } catch (e) {
      console.error(`[cache] redis revalidate: ${e.message}`);
    }
  }

  resetRequestCache() {}
}

// The front of `next start` (lib/cache/front.mjs) drops a stored answer by the rule get() applies to an
// entry: one of its URL's tags revalidated after it was made. Not in `next build`, which serves nothing.
if (process.env.NEXT_PHASE !== 'phase-production-build') {
  installFront(
    process.env.REDIS_URL ? (path, at) => expiredIn(shared().tags, pathTags(path), at) : (path, at) => areTagsExpired(pathTags(path), at),
  );
}

export default process.env.REDIS_URL ? RedisCacheHandler : LocalCacheHandler;
