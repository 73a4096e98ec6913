import { findNearDuplicates } from './names';
import { normalizeArticle, type Occurrence } from './normalize';
import { parseRegistries, type RawRegistryDocument } from './registry';
import { ENTITY_KINDS } from './types';
import type { Article, Content, EntityKind, Problem, RawArticle, Registries } from './types';

export { ContentError, formatProblem } from './problems';
export type { RawRegistryDocument } from './registry';
export * from './types';

const SINGULAR: Record<EntityKind, string> = {
  drivers: 'driver',
  teams: 'team',
  events: 'event',
  circuits: 'circuit',
  series: 'series',
};

/** Longer descriptions are cut off in search results. */
const SEARCH_SNIPPET_LENGTH = 160;

/**
 * Validates and resolves all content at once. Returns every problem found (errors and warnings);
 * `content` holds only the articles that are valid.
 */
export function buildContent(
  rawArticles: readonly RawArticle[],
  rawRegistries: readonly RawRegistryDocument[],
): { content: Content; problems: Problem[] } {
  const { registries, resolver, problems } = parseRegistries(rawRegistries);
  const articles: Article[] = [];
  const occurrences: Occurrence[] = [];
  const slugs = new Map<string, string>();

  for (const raw of rawArticles) {
    const other = slugs.get(raw.slug);
    if (other !== undefined) {
      problems.push({
        file: raw.file,
        path: '(file name)',
        message: `gives the same page address /articles/${raw.slug} as ${other}`,
        hint: 'rename one of the two files',
        severity: 'error',
      });
      continue;
    }
    slugs.set(raw.slug, raw.file);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(raw.slug)) {
      problems.push({
        file: raw.file,
        path: '(file name)',
        message: `"${raw.slug}" cannot be a page address: use lower-case letters, digits and dashes only`,
        value: raw.slug,
        severity: 'error',
      });
      continue;
    }
    const result = normalizeArticle(raw, resolver);
    problems.push(...result.problems);
    occurrences.push(...result.occurrences);
    if (result.article) {
      articles.push(fillFromRegistries(result.article, registries));
      if (result.article.description.length > SEARCH_SNIPPET_LENGTH) {
        problems.push({
          file: raw.file,
          path: 'description',
          message: `is ${result.article.description.length} characters long; search engines cut it at about ${SEARCH_SNIPPET_LENGTH}`,
          severity: 'warning',
        });
      }
    }
  }

  problems.push(...nearDuplicateProblems(registries, occurrences));
  problems.push(...unusedRegistryProblems(registries, occurrences));
  articles.sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
  return { content: { articles, registries, resolve: resolver.resolve }, problems };
}

/** An event's registry entry supplies the series and circuit an article leaves out. */
function fillFromRegistries(article: Article, registries: Registries): Article {
  const ev = article.event;
  if (!ev) return article;
  const record = registries.events.get(ev.event.id);
  if (!record) return article;
  return {
    ...article,
    event: {
      ...ev,
      series: ev.series ?? (record.series && record.seriesId ? { id: record.seriesId, written: record.series } : undefined),
      circuit:
        ev.circuit ?? (record.circuit && record.circuitId ? { id: record.circuitId, written: record.circuit } : undefined),
    },
  };
}

function nearDuplicateProblems(registries: Registries, occurrences: readonly Occurrence[]): Problem[] {
  const problems: Problem[] = [];
  for (const kind of ENTITY_KINDS) {
    const first = new Map<string, Occurrence>();
    for (const o of occurrences) if (o.kind === kind && !first.has(o.id)) first.set(o.id, o);
    const registry = registries[kind];
    const ids = new Set<string>([...registry.keys(), ...first.keys()]);
    const distinct: [string, string][] = [];
    for (const record of registry.values()) for (const d of record.distinct) distinct.push([record.id, d]);
    for (const pair of findNearDuplicates([...ids], { people: kind === 'drivers', distinct })) {
      // Report at the spelling without a registry entry (the likely typo), else at the second file.
      const [keep, odd] = registry.has(pair.a) && !registry.has(pair.b) ? [pair.a, pair.b] : [pair.b, pair.a];
      const oddPlace = first.get(odd);
      const keepRecord = registry.get(keep);
      const oddRecord = registry.get(odd);
      const keepName = keepRecord?.name ?? first.get(keep)?.written ?? keep;
      const oddName = oddRecord?.name ?? oddPlace?.written ?? odd;
      const registryFile = keepRecord?.file ?? `content/${kind}/${keep}.yaml`;
      problems.push({
        file: oddRecord?.file ?? oddPlace?.file ?? registryFile,
        path: oddRecord ? 'name' : (oddPlace?.path ?? 'name'),
        message: `"${oddName}" (${odd}) looks like the same ${SINGULAR[kind]} as "${keepName}" (${keep})`,
        value: oddName,
        hint:
          `if it is the same ${SINGULAR[kind]}, add "${oddName}" to aliases in ${registryFile}; ` +
          `if not, add distinct: [${odd}] to that file`,
        severity: 'error',
      });
    }
  }
  return problems;
}

function unusedRegistryProblems(registries: Registries, occurrences: readonly Occurrence[]): Problem[] {
  const used = new Set(occurrences.map((o) => `${o.kind}/${o.id}`));
  // Events name their series and circuit.
  for (const ev of registries.events.values()) {
    if (!used.has(`events/${ev.id}`)) continue;
    if (ev.seriesId) used.add(`series/${ev.seriesId}`);
    if (ev.circuitId) used.add(`circuits/${ev.circuitId}`);
  }
  const problems: Problem[] = [];
  for (const kind of ENTITY_KINDS) {
    for (const record of registries[kind].values()) {
      if (used.has(`${kind}/${record.id}`)) continue;
      problems.push({
        file: record.file,
        path: 'name',
        message: `no article names this ${SINGULAR[kind]} yet`,
        value: record.name,
        hint: 'this is fine for a new entry; check the spelling if you expected it to be used',
        severity: 'warning',
      });
    }
  }
  return problems;
}
