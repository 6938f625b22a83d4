/**
 * Runs addons-linter on the Firefox build and fails on any error or warning:
 * the build must be clean (Preact's one innerHTML path is removed at build
 * time, see scripts/build/preact-without-inner-html.ts). Notices are shown.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dir = resolve(import.meta.dirname, '../.output/firefox-mv2');
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`No Firefox build at ${dir}: run "npm run build" first.`);
  process.exit(1);
}

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

const run = spawnSync(
  process.execPath,
  [resolve(import.meta.dirname, '../node_modules/addons-linter/bin/addons-linter'), dir, '--output', 'json'],
  {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  },
);
let report: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`addons-linter did not produce a report:\n${run.stderr || run.stdout}`);
  process.exit(1);
}

const where = (m: LintMessage) => `${m.file ?? 'manifest'}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}`;
for (const e of report.errors) console.error(`error ${e.code} at ${where(e)}: ${e.message}`);
for (const w of report.warnings) console.error(`warning ${w.code} at ${where(w)}: ${w.message}`);
for (const n of report.notices ?? []) console.log(`notice ${n.code} at ${where(n)}: ${n.message}`);
console.log(`addons-linter: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices?.length ?? 0} notices`);
process.exit(report.errors.length > 0 || report.warnings.length > 0 ? 1 : 0);
