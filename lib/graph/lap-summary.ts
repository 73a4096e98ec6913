/** The graph's lap summaries: made once per analysis file where it is read (lib/content/timing/lap-summary.ts), kept on each SessionNode. */
export { summarizeLaps } from '../content/timing/lap-summary';
export type { CarLapSummary, SessionLapSummary } from '../content/timing/types';
