import type { Graph, Thing, WithContext } from 'schema-dts';

/** Structured data for crawlers, escaped so that no string in it can end the script element. */
export function JsonLd({ data }: { data: Graph | WithContext<Exclude<Thing, string>> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are written as \u escapes so that no
 * string (a title containing `</script>`, an HTML comment opener) can end the script element, and
 * U+2028/U+2029 likewise so the text stays valid JavaScript for old parsers. JSON.parse gives back the
 * same value.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
