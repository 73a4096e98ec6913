/**
 * A strict RFC 4180 reader for the tests: CRLF records, quoted fields with doubled quotes, and an error
 * (not a guess) for anything else, so a malformed table fails the test that reads it.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const field = (): string => {
    if (text[i] !== '"') {
      let end = i;
      while (end < text.length && text[end] !== ',' && text[end] !== '\r' && text[end] !== '\n') {
        if (text[end] === '"') throw new Error(`a quote inside an unquoted field at offset ${end}`);
        end++;
      }
      const value = text.slice(i, end);
      i = end;
      return value;
    }
    let value = '';
    i++;
    for (;;) {
      const q = text.indexOf('"', i);
      if (q < 0) throw new Error('an unterminated quoted field');
      value += text.slice(i, q);
      if (text[q + 1] === '"') {
        value += '"';
        i = q + 2;
      } else {
        i = q + 1;
        return value;
      }
    }
  };
  while (i < text.length) {
    row.push(field());
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      i += 2;
      rows.push(row);
      row = [];
      continue;
    }
    throw new Error(`expected a comma or CRLF at offset ${i}, found ${JSON.stringify(text.slice(i, i + 10))}`);
  }
  if (row.length) throw new Error('the last record does not end with CRLF');
  return rows;
}

/** A table as records keyed by its header, after checking every record has the header's width. */
export function csvRecords(text: string): { header: string[]; records: Record<string, string>[] } {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('no header row');
  return {
    header,
    records: rows.map((r, n) => {
      if (r.length !== header.length) throw new Error(`record ${n + 1} has ${r.length} fields, the header ${header.length}`);
      return Object.fromEntries(header.map((h, k) => [h, r[k]!]));
    }),
  };
}

interface PackageField { name: string; type: string; constraints?: { required?: boolean } }
interface PackageResource {
  name: string;
  path: string;
  schema: { fields: PackageField[]; primaryKey: string | string[]; foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[] };
}

/**
 * Checks tables against their Frictionless descriptor: the header is the declared fields, required fields
 * are filled, integers/numbers/booleans/dates parse, primary keys are unique and every foreign key exists.
 * Returns the problems found, each naming the table, the row and the value.
 */
export function validatePackage(pkg: { resources: PackageResource[] }, csvOf: (path: string) => string): string[] {
  const problems: string[] = [];
  const tables = new Map<string, Record<string, string>[]>();
  for (const r of pkg.resources) {
    const { header, records } = csvRecords(csvOf(r.path));
    const declared = r.schema.fields.map((f) => f.name);
    if (header.join(',') !== declared.join(',')) problems.push(`${r.path}: header ${header.join(',')} is not ${declared.join(',')}`);
    tables.set(r.name, records);
    const keys = new Set<string>();
    const pk = ([] as string[]).concat(r.schema.primaryKey);
    records.forEach((rec, n) => {
      for (const f of r.schema.fields) {
        const v = rec[f.name] ?? '';
        if (v === '') {
          if (f.constraints?.required) problems.push(`${r.path} row ${n + 1}: ${f.name} is required`);
          continue;
        }
        const ok =
          f.type === 'integer' ? /^-?\d+$/.test(v) : f.type === 'number' ? Number.isFinite(Number(v)) : f.type === 'boolean' ? v === 'true' || v === 'false' : f.type === 'date' ? /^\d{4}-\d{2}-\d{2}$/.test(v) : true;
        if (!ok) problems.push(`${r.path} row ${n + 1}: ${f.name} ${JSON.stringify(v)} is not a ${f.type}`);
      }
      const key = pk.map((k) => rec[k]).join('\u0000');
      if (keys.has(key)) problems.push(`${r.path} row ${n + 1}: duplicate primary key ${JSON.stringify(key)}`);
      keys.add(key);
    });
  }
  for (const r of pkg.resources) {
    for (const fk of r.schema.foreignKeys ?? []) {
      const target = new Set((tables.get(fk.reference.resource) ?? []).map((rec) => rec[fk.reference.fields]));
      tables.get(r.name)!.forEach((rec, n) => {
        const v = rec[fk.fields];
        if (v && !target.has(v)) problems.push(`${r.path} row ${n + 1}: ${fk.fields} ${JSON.stringify(v)} is not in ${fk.reference.resource}`);
      });
    }
  }
  return problems;
}
