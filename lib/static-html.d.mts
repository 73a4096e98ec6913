/** Types of lib/static-html.mjs (plain ESM, so that the cache handler and the post-build script can import it). */
export type MarkerName = 'scriptPreload' | 'chunkScript' | 'turbopackChunks' | 'flightBootstrap' | 'flightChunk';
export const MARKERS: Record<MarkerName, RegExp>;
export class FrameworkShapeError extends Error {}
export function stripFramework(html: string, where?: string): { html: string; found: Record<MarkerName, number>; stripped: boolean };
export function staticPageEntry<T>(value: T, key?: string, serverDistDir?: string): T;
export function withoutPayloadFiles<T extends object>(fs: T): T;
export function staticBeforeMeasure(incrementalCache: { set: (key: string, data: any, ctx: any) => unknown } | undefined, serverDistDir?: string): void;
export interface StripResult {
  pages: number;
  deleted: number;
  bytesBefore: number;
  bytesAfter: number;
  found: Record<MarkerName, number>;
}
export function stripBuildOutput(root: string, options?: { exportMode?: boolean }): StripResult;
