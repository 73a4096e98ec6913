/** Reads the registry files (drivers, teams, events, circuits, series) and resolves names to ids. */
import { createHash } from 'node:crypto';
import { toId } from './names';
import { formatPath, problemsFromZod } from './problems';
import { registrySchemas } from './schema';
import { ENTITY_KINDS } from './types';
import type { EntityKind, Problem, RawDocument, Registries } from './types';
import { toIsoDate } from './dates';

export interface RawRegistryDocument extends RawDocument {
  kind: EntityKind;
  /** The id, i.e. the file name without `.yaml`. */
  id: string;
}

/** Resolves a name as written (any spelling, alias or id) to the entity id. */
export interface Resolver {
  resolve(kind: EntityKind, written: string): string;
  /** True when the id has a registry entry. */
  isRegistered(kind: EntityKind, id: string): boolean;
}

export function emptyRegistries(): Registries {
  return { drivers: new Map(), teams: new Map(), events: new Map(), circuits: new Map(), series: new Map() };
}

/** `drivers` → `driver`, for messages. */
export const SINGULAR: Record<EntityKind, string> = {
  drivers: 'driver',
  teams: 'team',
  events: 'event',
  circuits: 'circuit',
  series: 'series',
};

export function parseRegistries(docs: readonly RawRegistryDocument[]): {
  registries: Registries;
  resolver: Resolver;
  problems: Problem[];
  /**
   * A hash of all that an article's normalised form takes from the registries: every spelling's id, and
   * each event's series and circuit. Editing anything else (a nationality, a birth date, a comment)
   * leaves it unchanged, and a reload keeps the articles (lib/served/ (content.ts, production-loader.ts, dev-loader.ts)).
   */
  resolution: string;
} {
  const registries = emptyRegistries();
  const problems: Problem[] = [];
  const names = new Map<EntityKind, Map<string, { id: string; file: string }>>(
    ENTITY_KINDS.map((k) => [k, new Map()]),
  );

  for (const doc of [...docs].sort((a, b) => a.file.localeCompare(b.file))) {
    const schema = registrySchemas[doc.kind];
    const parsed = schema.safeParse(doc.data);
    if (!parsed.success) {
      problems.push(
        ...problemsFromZod(parsed.error, {
          file: doc.file,
          data: doc.data,
          knownKeys: () => Object.keys(schema.shape),
        }),
      );
      continue;
    }
    const data = parsed.data as Record<string, unknown> & { name: string; aliases?: string[]; distinct?: string[] };
    if (toId(doc.id) !== doc.id) {
      problems.push({
        file: doc.file,
        path: '(file name)',
        message: `the file name "${doc.id}" is not a valid id`,
        hint: `rename the file to ${toId(data.name)}.yaml`,
        severity: 'error',
      });
      continue;
    }
    if (toId(data.name) !== doc.id) {
      problems.push({
        file: doc.file,
        path: 'name',
        message: `the name does not match the file name "${doc.id}.yaml"`,
        value: data.name,
        hint: `rename the file to ${toId(data.name)}.yaml, or keep the old page address by adding the new spelling as the name and the old one to aliases`,
        severity: 'warning',
      });
    }
    const record = {
      ...data,
      id: doc.id,
      file: doc.file,
      aliases: data.aliases ?? [],
      distinct: (data.distinct ?? []).map((d) => toId(d)),
    };
    if ('born' in record && record.born !== undefined) {
      const born = toIsoDate(record.born);
      if (!born) {
        problems.push({
          file: doc.file,
          path: 'born',
          message: 'is not a real date written as YYYY-MM-DD',
          value: record.born,
          hint: 'write it like 1986-09-13',
          severity: 'error',
        });
      }
      record.born = born ?? String(record.born);
    }
    (registries[doc.kind] as Map<string, typeof record>).set(doc.id, record);

    const kindNames = names.get(doc.kind)!;
    const claim = (written: string, field: string) => {
      const key = toId(written);
      const owner = kindNames.get(key);
      if (owner && owner.id !== doc.id) {
        problems.push({
          file: doc.file,
          path: field,
          message: `"${written}" already names the ${SINGULAR[doc.kind]} ${owner.id} (${owner.file})`,
          value: written,
          hint: `a name can point at one ${SINGULAR[doc.kind]} only: remove it from one of the two files`,
          severity: 'error',
        });
        return;
      }
      kindNames.set(key, { id: doc.id, file: doc.file });
    };
    claim(doc.id, 'name');
    if (toId(data.name) !== doc.id) claim(data.name, 'name');
    record.aliases.forEach((alias, i) => claim(alias, formatPath(['aliases', i])));
  }

  // The same names come back in article after article: remember each spelling's id (bounded).
  const cache = new Map<EntityKind, Map<string, string>>(ENTITY_KINDS.map((k) => [k, new Map()]));
  const resolver: Resolver = {
    resolve(kind, written) {
      const known = cache.get(kind)!;
      let id = known.get(written);
      if (id === undefined) {
        const folded = toId(written);
        id = names.get(kind)!.get(folded)?.id ?? folded;
        if (known.size >= 100_000) known.clear();
        known.set(written, id);
      }
      return id;
    },
    isRegistered(kind, id) {
      return registries[kind].has(id);
    },
  };
  const resolution = createHash('sha1');
  for (const [kind, kindNames] of names) for (const [name, { id }] of kindNames) resolution.update(`${kind}\0${name}\0${id}\0`);
  for (const ev of registries.events.values()) {
    if (ev.series) ev.seriesId = resolver.resolve('series', ev.series);
    if (ev.circuit) ev.circuitId = resolver.resolve('circuits', ev.circuit);
    resolution.update(`${ev.id}\0${ev.series ?? ''}\0${ev.seriesId ?? ''}\0${ev.circuit ?? ''}\0${ev.circuitId ?? ''}\0`);
  }
  return { registries, resolver, problems, resolution: resolution.digest('base64url') };
}
