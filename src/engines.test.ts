/**
 * Node 20 stays supported: every installed package's `engines.node` (as the lockfile records it)
 * must accept the running Node version, so `npm ci` prints no EBADENGINE. `cookie@2` and
 * `content-disposition@3` need Node 22; package.json pins `@fastify/cookie` 11.0 (cookie 1) and
 * overrides `light-my-request` 6.6 (cookie 1) and `@fastify/static` 10.1.3 (content-disposition 2).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = (p: string): string => fileURLToPath(new URL(`../${p}`, import.meta.url));

describe('engines', () => {
  it('every package in the lockfile supports the Node version we run on (no EBADENGINE)', () => {
    const lock = JSON.parse(readFileSync(root('package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; engines?: { node?: string } | string[]; optional?: boolean }> };
    const entries = Object.entries(lock.packages).filter(([k]) => k.startsWith('node_modules/'));
    expect(entries.length).toBeGreaterThan(100);
    const bad = entries
      .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node && !semver.satisfies(process.version, p.engines.node, { includePrerelease: true }))
      .map(([k, p]) => `${k.replace(/^.*node_modules\//, '')}@${p.version} needs node ${(p.engines as { node: string }).node}`);
    expect(bad).toEqual([]);
  });

  it('package.json promises Node 20 and the machine runs a version it promises', () => {
    const pkg = JSON.parse(readFileSync(root('package.json'), 'utf8')) as { engines: { node: string } };
    expect(semver.satisfies('20.19.0', pkg.engines.node)).toBe(true);
    expect(semver.satisfies(process.version, pkg.engines.node)).toBe(true);
  });
});
