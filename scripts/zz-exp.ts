import { benchPublish } from './bench/publish';
const base = process.argv[2]!;
const orig = process.stdout.write.bind(process.stdout);
process.stdout.write = ((s: string) => orig(`${new Date().toISOString()} ${s}`)) as typeof process.stdout.write;
benchPublish(base, '/tmp/p10k/project', '/tmp/p10k/content', { ...process.env, CONTENT_DIR: '/tmp/p10k/content' }, undefined, true, Infinity).then((r) => {
  console.log(JSON.stringify(r, null, 1));
});
