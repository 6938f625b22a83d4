/**
 * npm run bench:cold -- --baseline <git ref>: the cold start of a frame (the
 * bundled data) in today's build and in that commit's, measured side by side:
 * rounds alternate the two builds, each round a fresh headless Chromium per
 * build and the same saved page, so a change's gain is a ratio from one run
 * rather than two runs on a machine whose load moves. Today's build is
 * .output/chrome-mv3 (npm run build first); the ref's is built in a temporary
 * worktree that shares this checkout's node_modules.
 *
 * --rounds N (default 6) and --loads N (measured loads per build and round, default 8).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXTENSION_DIR, launchBrowser } from '../browser/launch';
import { serveDirectory } from '../lib/static-server';
import { baselineRef } from './baseline';
import { median, startups } from './cold-start';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const ref = baselineRef(args);
if (!ref) {
  console.error('usage: npm run bench:cold -- --baseline <git ref> [--rounds N] [--loads N]');
  process.exit(2);
}
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.error(`no build in ${EXTENSION_DIR}: run npm run build first`);
  process.exit(2);
}

/** The ref's Chromium build, copied out of a temporary worktree. */
function buildRef(gitRef: string): { commit: string; dir: string } {
  const git = (...a: string[]) => execFileSync('git', ['-C', root, ...a], { encoding: 'utf8' }).trim();
  const commit = git('rev-parse', '--verify', `${gitRef}^{commit}`);
  const tree = mkdtempSync(join(tmpdir(), 'newslens-cold-tree-'));
  const out = mkdtempSync(join(tmpdir(), 'newslens-cold-build-'));
  try {
    git('worktree', 'add', '--detach', tree, commit);
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
    execFileSync('npx', ['wxt', 'build'], { cwd: tree, stdio: 'ignore' });
    cpSync(join(tree, '.output/chrome-mv3'), out, { recursive: true });
    return { commit, dir: out };
  } finally {
    git('worktree', 'remove', '--force', tree);
    rmSync(tree, { recursive: true, force: true });
  }
}

const rounds = option('--rounds', 6);
const loads = option('--loads', 8);
console.log(`Building ${ref}…`);
const baseline = buildRef(ref);
// Today's build copied aside too, so a rebuild during the run cannot mix the two.
const current = mkdtempSync(join(tmpdir(), 'newslens-cold-build-'));
cpSync(EXTENSION_DIR, current, { recursive: true });
const server = await serveDirectory(join(root, 'tests/fixtures/pages'));
const url = server.url('/engadget.html');
const samples: Record<'current' | 'baseline', number[]> = { current: [], baseline: [] };
try {
  for (let round = 0; round < rounds; round++) {
    const order: Array<'current' | 'baseline'> = round % 2 === 0 ? ['current', 'baseline'] : ['baseline', 'current'];
    for (const which of order) {
      const browser = await launchBrowser({ extensionDir: which === 'current' ? current : baseline.dir });
      try {
        samples[which].push(...(await startups(browser, url, loads + 1)).map((s) => s.startupMs));
      } finally {
        await browser.close();
      }
    }
    console.log(
      `round ${round + 1}/${rounds}: today ${median(samples.current).toFixed(2)} ms, ${ref} ${median(samples.baseline).toFixed(2)} ms`,
    );
  }
} finally {
  await server.close();
  rmSync(current, { recursive: true, force: true });
  rmSync(baseline.dir, { recursive: true, force: true });
}
const now = median(samples.current);
const before = median(samples.baseline);
console.log(
  `Cold start, bundled data, engadget (median of ${samples.current.length} loads each): today ${now.toFixed(2)} ms, ` +
    `${ref} (${baseline.commit.slice(0, 10)}) ${before.toFixed(2)} ms: ${(before / now).toFixed(2)}× faster`,
);
