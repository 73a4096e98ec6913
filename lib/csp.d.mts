/** Types of lib/csp.mjs (plain ESM, so that next.config.mjs and the cache handler can import it). */
export const TRUSTED_SCRIPTS: string[];
export const BASE_CSP: string;
export const WORKER_CSP: string;
export function isTrustedInlineScript(text: string): boolean;
export function inlineScripts(html: string): string[];
export function cspReport(html: string): { policy: string; blocked: string[] };
export function cspForHtml(html: string): string;
