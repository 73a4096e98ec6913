/** The rules across articles and registry files: near-duplicate names, unused registry entries, unknown `distinct` ids, new drivers. */
import { editDistance, findNearDuplicates } from './names';
import type { Occurrence } from './normalize';
import { SINGULAR } from './registry';
import { ENTITY_KINDS } from './types';
import type { EntityKind, Problem, Registries } from './types';

export function nearDuplicateProblems(
  registries: Registries,
  firstByKind: Record<EntityKind, Map<string, Occurrence>>,
  dir: string,
): { problems: Problem[]; ids: Set<string> } {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  for (const kind of ENTITY_KINDS) {
    const first = firstByKind[kind];
    const registry = registries[kind];
    const candidates = new Set<string>([...registry.keys(), ...first.keys()]);
    const distinct: [string, string][] = [];
    for (const record of registry.values()) for (const d of record.distinct) distinct.push([record.id, d]);
    for (const pair of findNearDuplicates([...candidates], { people: kind === 'drivers', distinct })) {
      // Report at the spelling without a registry entry (the likely typo), else at the one named later.
      const aRegistered = registry.has(pair.a);
      const [keep, odd] =
        aRegistered !== registry.has(pair.b)
          ? aRegistered
            ? [pair.a, pair.b]
            : [pair.b, pair.a]
          : (registry.get(pair.a)?.file ?? first.get(pair.a)?.file ?? '') <= (registry.get(pair.b)?.file ?? first.get(pair.b)?.file ?? '')
            ? [pair.a, pair.b]
            : [pair.b, pair.a];
      if (kind === 'drivers') ids.add(odd);
      const oddPlace = first.get(odd);
      const keepRecord = registry.get(keep);
      const oddRecord = registry.get(odd);
      const keepName = keepRecord?.name ?? first.get(keep)?.written ?? keep;
      const oddName = oddRecord?.name ?? oddPlace?.written ?? odd;
      const registryFile = keepRecord?.file ?? `${dir}/${kind}/${keep}.yaml`;
      const keepPlace = keepRecord ? keepRecord.file : first.get(keep)?.file;
      problems.push({
        file: oddRecord?.file ?? oddPlace?.file ?? registryFile,
        path: oddRecord ? 'name' : (oddPlace?.path ?? 'name'),
        ...(!oddRecord && oddPlace?.line !== undefined ? { line: oddPlace.line } : {}),
        message: `"${oddName}" looks like the same ${SINGULAR[kind]} as "${keepName}"${keepPlace ? ` (${keepPlace})` : ''}`,
        hint: keepRecord
          ? `if it is the same ${SINGULAR[kind]}, add "${oddName}" to aliases in ${registryFile}; ` +
            `if not, add distinct: [${odd}] to that file`
          : `if it is the same ${SINGULAR[kind]}, correct the spelling, or create ${registryFile} with name: ${keepName} and aliases: [${oddName}]; ` +
            `if not, create it with distinct: [${odd}]`,
        severity: 'error',
      });
    }
  }
  return { problems, ids };
}

export function unusedRegistryProblems(
  registries: Registries,
  first: Record<EntityKind, Map<string, Occurrence>>,
  bodyUses: ReadonlySet<string>,
): Problem[] {
  const used = new Set(bodyUses);
  for (const kind of ENTITY_KINDS) for (const id of first[kind].keys()) used.add(`${kind}/${id}`);
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

/** The known name closest to an unknown id (edit distance at most 3), for a "did you mean". */
export function nearestName(id: string, registry: ReadonlyMap<string, { name: string }>, named: ReadonlyMap<string, Occurrence>): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  const consider = (candidate: string, name: string) => {
    if (Math.abs(candidate.length - id.length) >= bestDistance) return;
    const d = editDistance(id, candidate, bestDistance - 1);
    if (d < bestDistance) {
      bestDistance = d;
      best = name;
    }
  };
  for (const [candidate, record] of registry) consider(candidate, record.name);
  for (const [candidate, o] of named) consider(candidate, o.written.trim());
  return best;
}

/** `distinct: [id]` naming an id that neither a registry file nor any article uses: most likely a typo. */
export function unknownDistinctProblems(registries: Registries, first: Record<EntityKind, Map<string, Occurrence>>): Problem[] {
  const problems: Problem[] = [];
  for (const kind of ENTITY_KINDS) {
    for (const record of registries[kind].values()) {
      record.distinct.forEach((id, i) => {
        if (registries[kind].has(id) || first[kind].has(id)) return;
        problems.push({
          file: record.file,
          path: `distinct[${i}]`,
          message: `no ${SINGULAR[kind]} has the id ${id}`,
          value: id,
          hint: `write the id of the other ${SINGULAR[kind]}: its name in lower case, with - between words`,
          severity: 'warning',
        });
      });
    }
  }
  return problems;
}

const LISTED_NAMES = 6;

/**
 * One warning per article for the drivers that appear in that article only and have no registry entry:
 * the names most likely to be new or misspelt. Drivers named in two articles or more are established.
 */
export function newDriverProblems(
  registries: Registries,
  first: ReadonlyMap<string, Occurrence>,
  inSeveral: ReadonlySet<string>,
  dir: string,
): Problem[] {
  const perFile = new Map<string, Occurrence[]>();
  for (const [id, o] of first) {
    if (registries.drivers.has(id) || inSeveral.has(id)) continue;
    const list = perFile.get(o.file);
    if (list) list.push(o);
    else perFile.set(o.file, [o]);
  }
  const problems: Problem[] = [];
  for (const [file, list] of perFile) {
    const first = list[0]!;
    const names = list.map((o) => `"${o.written.trim()}"`);
    const shown = names.length > LISTED_NAMES ? `${names.slice(0, LISTED_NAMES).join(', ')} and ${names.length - LISTED_NAMES} more` : names.join(', ');
    problems.push({
      file,
      path: first.path,
      message:
        list.length === 1
          ? `new driver: ${shown} appears in no other article and has no registry entry`
          : `${list.length} new drivers appear in no other article and have no registry entry: ${shown}`,
      hint: `check the spelling; add ${dir}/drivers/${first.id}.yaml (one file per driver) if a driver needs a canonical spelling, aliases or a nationality`,
      severity: 'warning',
    });
  }
  return problems;
}
