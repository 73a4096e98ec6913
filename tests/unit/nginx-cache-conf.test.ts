import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_CSP } from '@/lib/csp.mjs';
import { HSTS, SECURITY_HEADERS } from '@/lib/security-headers.mjs';
import { writeNginxConf } from '@/scripts/nginx';

/**
 * The nginx cache configuration as shipped (deploy/nginx/cache-http.conf and cache.conf, docs/deploy.md):
 * Debian's nginx accepts it, its header values are those of lib/ (the same headers as `next start`), and its
 * times bound how late a publish reaches readers. tests/e2e/nginx-cache.spec.ts runs it in front of a server.
 */
const repo = resolve(__dirname, '../..');
const http = readFileSync(join(repo, 'deploy/nginx/cache-http.conf'), 'utf8');
const server = readFileSync(join(repo, 'deploy/nginx/cache.conf'), 'utf8');
/** Directive lines, comments dropped. */
const directives = (text: string) => text.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
const seconds = (value: string) => {
  const m = /^(\d+)(s|m|h|d)?$/.exec(value);
  if (!m) throw new Error(`not an nginx time: ${value}`);
  return Number(m[1]) * { s: 1, m: 60, h: 3_600, d: 86_400 }[(m[2] ?? 's') as 's'];
};

describe('the nginx cache configuration', () => {
  it('is accepted by Debian nginx -t', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'nginx-t-'));
    try {
      const conf = writeNginxConf({ port: 1, upstream: 2 }, prefix);
      const run = spawnSync('nginx', ['-t', '-p', prefix, '-e', join(prefix, 'logs', 'error.log'), '-c', conf], { encoding: 'utf8' });
      expect(run.stderr).toContain('test is successful');
      expect(run.status).toBe(0);
    } finally {
      rmSync(prefix, { recursive: true, force: true });
    }
  });

  it('sends each security header of lib/security-headers.mjs exactly once, on every answer', () => {
    const lines = directives(server);
    for (const { key, value } of SECURITY_HEADERS) {
      expect(lines, key).toContain(`proxy_hide_header ${key};`);
      expect(lines.filter((l) => l.startsWith(`add_header ${key} `)), key).toEqual([`add_header ${key} "${value}" always;`]);
    }
    for (const key of ['Content-Security-Policy', HSTS.key]) expect(lines, key).toContain(`proxy_hide_header ${key};`);
    expect(lines).toContain('add_header Content-Security-Policy $endurance_csp always;');
    expect(lines).toContain(`add_header ${HSTS.key} $endurance_hsts always;`);
    // Only at server level: a location with an add_header of its own would drop all of these.
    const locations = server.split(/^location /m).slice(1);
    expect(locations.length).toBeGreaterThan(0);
    for (const block of locations) expect(block.slice(0, block.indexOf('}'))).not.toContain('add_header');
  });

  it("gives nginx's own answers the base policy, and HSTS only over https", () => {
    const csp = /map \$upstream_http_content_security_policy \$endurance_csp \{\s*"" "([^"]*)";\s*default \$upstream_http_content_security_policy;\s*\}/.exec(http);
    expect(csp?.[1]).toBe(BASE_CSP);
    const hsts = /map \$scheme \$endurance_hsts \{\s*https "([^"]*)";\s*default "";\s*\}/.exec(http);
    expect(hsts?.[1]).toBe(HSTS.value);
  });

  it('serves no page more than 60 s after next start changed it, with no purge', () => {
    const lines = directives(server);
    const valid = lines.filter((l) => l.startsWith('proxy_cache_valid '));
    // The first applies to every location but Next's hashed assets, which never change.
    const pages = /^proxy_cache_valid ((?:\d{3} )+)(\w+);$/.exec(valid[0]!)!;
    expect(pages[1]!.trim().split(' ')).toContain('200');
    const inactive = /inactive=(\w+)/.exec(directives(http).find((l) => l.startsWith('proxy_cache_path '))!)![1]!;
    // Fresh for `valid`; a stale copy is served only while it is refreshed, and one nobody asked for
    // within `inactive` is dropped: no reader gets a copy older than valid + inactive (plus one render).
    expect(seconds(pages[2]!) + seconds(inactive)).toBeLessThanOrEqual(50);
    expect(lines).toContain('proxy_ignore_headers Cache-Control Expires Vary;');
    expect(lines).toContain('proxy_cache_background_update on;');
    expect(lines.find((l) => l.startsWith('proxy_cache_use_stale '))).toContain(' updating');
    // Only /_next/static/ keeps what it gets for long, and Next names those files by their content.
    const assets = /location \/_next\/static\/ \{([^}]*)\}/.exec(server)![1]!;
    expect(assets).toContain('proxy_cache_valid 200 365d;');
    expect(valid.filter((l) => /\d{2,}[mhd];$|[2-9]\d{2,}s;$/.test(l))).toEqual(['proxy_cache_valid 200 365d;']);
  });
});
