/**
 * `npm run timing -- <folder> --event "<event name>" --year <year>`: writes <folder>/timing.yaml from the
 * timekeeper's file names in a downloaded folder (lib/content/timing-scaffold.ts), and lists the files it
 * could not place. Never overwrites a timing.yaml.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { guessTiming, timingYaml } from '../lib/content/timing-scaffold';

const USAGE = 'usage: npm run timing -- <folder> --event "<event name>" --year <year>';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function option(argv: string[], i: number, name: string): [string, number] {
  const arg = argv[i]!;
  if (arg.startsWith(`${name}=`)) return [arg.slice(name.length + 1), i];
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) fail(`${name} needs a value\n${USAGE}`);
  return [value, i + 1];
}

function main(argv: string[]): void {
  let event: string | undefined;
  let year: string | undefined;
  const folders: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return;
    }
    if (arg === '--event' || arg.startsWith('--event=')) [event, i] = option(argv, i, '--event');
    else if (arg === '--year' || arg.startsWith('--year=')) [year, i] = option(argv, i, '--year');
    else if (arg.startsWith('--')) fail(`unknown option ${arg}\n${USAGE}`);
    else folders.push(arg);
  }
  if (folders.length !== 1) fail(`Give one folder of timing files.\n${USAGE}`);
  if (!event?.trim()) fail(`Give the event's name with --event, as an article writes it ("8 Hours of Bahrain").\n${USAGE}`);
  if (!year || !/^\d{4}$/.test(year)) fail(`--year: "${year ?? ''}" is not a year written as four digits\n${USAGE}`);
  const folder = folders[0]!;
  if (!existsSync(folder) || !statSync(folder).isDirectory()) fail(`${folder} is not a folder; give the folder the timing files were downloaded to.`);

  const target = join(folder, 'timing.yaml');
  const shown = relative(process.cwd(), target) || target;
  if (existsSync(target)) fail(`${shown} already exists; nothing was written.\nEdit that file, or delete it first to guess it again.`);

  const files = readdirSync(folder).filter((f) => statSync(join(folder, f)).isFile());
  const guess = guessTiming(files, event.trim());
  if (guess.sessions.length === 0) {
    fail(
      [`No file of ${folder} could be placed in a session; nothing was written.`, ...guess.unplaced.map((u) => `  ${u.file}: ${u.reason}`)].join('\n'),
    );
  }
  writeFileSync(target, timingYaml(guess, event.trim(), Number(year)), { flag: 'wx' });
  const out = [`Created ${shown} with ${guess.sessions.length} ${guess.sessions.length === 1 ? 'session' : 'sessions'}:`];
  for (const s of guess.sessions) {
    const what = [s.classification && 'classification', s.laps && 'laps'].filter(Boolean).join(' and ');
    out.push(`  ${s.session} (${s.type}${s.at ? `, ${s.at}` : ''}${s.provisional ? ', provisional' : ''}): ${what}`);
  }
  if (guess.unplaced.length > 0) {
    out.push('', `Not placed (${guess.unplaced.length}): add them to timing.yaml by hand, or remove them from the folder (\`npm run check\` rejects a CSV that nothing lists):`);
    for (const u of guess.unplaced) out.push(`  ${u.file}: ${u.reason}`);
  }
  out.push('', 'Next: check each session in timing.yaml, then run npm run check.', '');
  process.stdout.write(out.join('\n'));
}

try {
  main(process.argv.slice(2));
} catch (error) {
  fail(`Could not write timing.yaml: ${error instanceof Error ? error.message : String(error)}`);
}
