import { getEdition, getGraph } from '@/lib/served/graph';
import { hasLaps, lapsCsvChunks } from '@/lib/data/laps-csv';
import { renderedOnFirstRequest } from '@/lib/prerender/policy';
import { sessionLapsOf, sessionParams } from '@/lib/view/session-data';

export const dynamic = 'force-static';
// Rendered on its first request, then cached (lib/prerender.ts): dynamicParams keeps its default, true,
// because a static export refuses it set explicitly, even though it prerenders every param.

export function generateStaticParams() {
  const graph = getGraph();
  return renderedOnFirstRequest(() => sessionParams(graph).filter((p) => hasLaps(getEdition(p.id, p.year)!.sessions.find((s) => s.slug === p.session)!)), { id: '-', year: '0', session: '-' });
}

type Params = { params: Promise<{ id: string; year: string; session: string }> };

export async function GET(_request: Request, { params }: Params) {
  const { id, year, session } = await params;
  const node = getEdition(id, year)?.sessions.find((s) => s.slug === session);
  const laps = node && (await sessionLapsOf(node, getGraph()));
  if (!node || !laps) return new Response('Not found', { status: 404 });
  const encoder = new TextEncoder();
  const chunks = lapsCsvChunks(laps.rows)[Symbol.iterator]();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `inline; filename="${id}-${year}-${session}-laps.csv"` },
  });
}
