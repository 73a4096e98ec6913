/**
 * Runs once when a server starts (`next start`): loads the content and builds the graph before the first
 * request, so that no reader waits for it (8 to 10 s at 10,000 articles); pages rendered on their first
 * request then cost only their rendering. Not during `next build`, whose workers load it when they need it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build' || process.env.NODE_ENV !== 'production') return;
  const { getGraph } = await import('./lib/served/graph');
  try {
    getGraph();
  } catch (error) {
    // Content that fails the check (edited but not yet published): pages say so when they render.
    console.error(`The content could not be loaded at start: ${error instanceof Error ? error.message : String(error)}`);
  }
}
