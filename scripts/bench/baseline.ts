/**
 * `npm run bench -- --baseline <git ref>`: the page pass of an earlier commit,
 * timed in the same pages of the same run as today's, so a change's cost is a
 * ratio measured side by side rather than two runs on a machine whose load
 * moves. The ref is checked out in a temporary worktree (sharing this
 * checkout's node_modules) and its own scripts/bench/page-entry.ts bundled.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/** The value after `--baseline` in `argv`, or undefined. */
export function baselineRef(argv: readonly string[]): string | undefined {
  const at = argv.indexOf('--baseline');
  if (at < 0) return undefined;
  const ref = argv[at + 1];
  if (!ref || ref.startsWith('--')) throw new Error('--baseline needs a git ref (a commit, branch or tag)');
  return ref;
}

/** The page-entry bundle of `ref`, and the commit it resolved to. */
export async function bundleBaseline(root: string, ref: string): Promise<{ commit: string; source: string }> {
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim();
  const commit = git('rev-parse', '--verify', `${ref}^{commit}`);
  const dir = mkdtempSync(join(tmpdir(), 'newslens-baseline-'));
  try {
    git('worktree', 'add', '--detach', dir, commit);
    const entry = join(dir, 'scripts/bench/page-entry.ts');
    if (!existsSync(entry)) throw new Error(`${ref} has no scripts/bench/page-entry.ts to time`);
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const out = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'iife',
      write: false,
      target: 'chrome120',
      alias: { '@': dir },
      logLevel: 'error',
    });
    return { commit, source: out.outputFiles[0]?.text ?? '' };
  } finally {
    git('worktree', 'remove', '--force', dir);
    rmSync(dir, { recursive: true, force: true });
  }
}
