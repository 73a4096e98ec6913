/**
 * What of the framework a page's HTML still carries: flight data, framework script files, preloads of
 * script, Turbopack's chunk list. Issue 22: none, on every page (lib/static-html.mjs).
 */
export function frameworkTraces(html: string): string[] {
  const traces: string[] = [];
  if (html.includes('self.__next_f')) traces.push('flight data (self.__next_f)');
  for (const m of html.matchAll(/<script\b[^>]*\ssrc="([^"]*)"/g)) if (m[1]!.startsWith('/_next/')) traces.push(`script ${m[1]}`);
  for (const m of html.matchAll(/<link\b[^>]*\srel="(?:preload|modulepreload)"[^>]*>/g)) if (/\sas="script"|modulepreload/.test(m[0])) traces.push(`preload ${m[0]}`);
  if (html.includes('TURBOPACK')) traces.push("Turbopack's chunk list");
  return traces;
}
