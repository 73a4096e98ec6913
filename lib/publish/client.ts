/** Reaches the running servers a publish updates. */
import type { SearchChange } from '../search/documents';
import { PUBLISH_HEADER, publishSecret } from './secret';

/**
 * The running servers a publish reaches: PUBLISH_INSTANCES (comma-separated base URLs, one per
 * `next start` instance, docs/deploy.md), else the one `npm start` runs (http://127.0.0.1:$PORT, 3000).
 */
export function publishInstances(): string[] {
  const list = (process.env.PUBLISH_INSTANCES ?? '').split(',').map((s) => s.trim().replace(/\/$/, '')).filter(Boolean);
  return list.length ? list : [`http://127.0.0.1:${process.env.PORT ?? 3000}`];
}

/** One call of the publish endpoint (app/internal/publish/route.server.ts) on one instance. */
export async function callInstance<T>(base: string, body: Record<string, unknown>, timeoutMs = 300_000): Promise<T> {
  const secret = publishSecret();
  if (!secret) throw new Error('there is no publish secret: run `npm run build` first (it writes .builds/publish-secret), or set PUBLISH_SECRET');
  let response: Response;
  try {
    response = await fetch(`${base}/internal/publish`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PUBLISH_HEADER]: secret },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error instanceof Error ? error.message : String(error));
    throw new Error(`${base} did not answer (${cause}): is \`npm start\` running there?`);
  }
  if (!response.ok) throw new Error(`${base} answered ${response.status} ${(await response.text()).slice(0, 300)}`);
  return (await response.json()) as T;
}

/**
 * The most tags one `revalidate` call carries; a publish sends more in several calls, one after the other.
 * Next's `revalidateTag` looks for each tag among those already revalidated in the same request, one by
 * one (next/dist/server/web/spec-extension/revalidate.js, `findIndex`): n tags in one request cost n²/2
 * comparisons on the thread that answers readers. On a server of 30,000 articles, 40,000 tags in one call
 * held it for 3.0 s and 12,000 for 0.26–0.36 s; in calls of 500, a reader waited at most 70–83 ms
 * (bench/README.md, "The tags of a publish, and the garbage collector at 30,000 articles").
 */
export const REVALIDATE_BATCH = 500;

export interface PublishResult {
  instances: string[];
  tags: string[];
  articles: number;
  /** The search documents of the affected pages, as the first instance made them (lib/search/delta.ts). */
  search: SearchChange[];
}

/**
 * Tells every instance to read the content again and build its graph for the publish `token`, without
 * serving it: the publish does this while it checks the content, on the servers' cores. It never
 * rejects: an instance that failed to prepare reads the content again in its reload, and reports there.
 * Resolves with how long the slowest instance took.
 */
export function prepareInstances(token: string, instances = publishInstances()): Promise<{ ms?: number }> {
  const started = performance.now();
  return Promise.all(instances.map((base) => callInstance(base, { action: 'prepare', token }).catch(() => undefined))).then(() => ({
    ms: Math.round(performance.now() - started),
  }));
}

/**
 * Tells every instance to serve the content prepared for `token` (or to read it now), then, once all
 * have, to revalidate the tags the change affects: no instance can render a page from the old content
 * after its tags were expired. A page that started rendering from the old content just before may
 * still be stored after that, so the tags are expired a second time a moment later.
 */
export async function publishToInstances(files: readonly string[], token?: string, instances = publishInstances()): Promise<PublishResult> {
  const reloaded = await Promise.all(
    instances.map((base, i) => callInstance<{ tags: string[]; articles: number; search?: SearchChange[] }>(base, { action: 'reload', files, token, search: i === 0 })),
  );
  const tags = [...new Set(reloaded.flatMap((r) => r.tags))];
  const revalidate = () =>
    Promise.all(
      instances.map(async (base) => {
        for (let i = 0; i < tags.length; i += REVALIDATE_BATCH) {
          await callInstance(base, { action: 'revalidate', tags: tags.slice(i, i + REVALIDATE_BATCH) });
        }
      }),
    );
  await revalidate();
  await new Promise((r) => setTimeout(r, 1000));
  await revalidate();
  return { instances, tags, articles: reloaded[0]?.articles ?? 0, search: reloaded[0]?.search ?? [] };
}
