/**
 * Runs addons-linter on the Firefox build. Fails on any error, and on any
 * warning that is not a known one coming from a dependency's own code (each
 * known one is listed here and in the README, with the reason).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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

const KNOWN: Array<{ code: string; why: string; matches: (source: string) => boolean }> = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "Preact's support for dangerouslySetInnerHTML (in its DOM diff); Newslens never uses that prop",
    matches: (source) => /\.innerHTML\s*=\s*[\w$]+\.__html/.test(source),
  },
];

const run = spawnSync(
  process.execPath,
  [resolve(import.meta.dirname, '../node_modules/addons-linter/bin/addons-linter'), dir, '--output', 'json'],
  {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  },
);
let report: { summary: { errors: number; warnings: number }; errors: LintMessage[]; warnings: LintMessage[] };
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`addons-linter did not produce a report:\n${run.stderr || run.stdout}`);
  process.exit(1);
}

const where = (m: LintMessage) => `${m.file ?? 'manifest'}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}`;
function snippet(m: LintMessage): string {
  if (!m.file || !m.line) return '';
  const line = readFileSync(join(dir, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const at = Math.max(0, (m.column ?? 0) - 200);
  return line.slice(at, at + 400);
}

const unexpected: LintMessage[] = [];
for (const w of report.warnings) {
  const known = KNOWN.find((k) => k.code === w.code && k.matches(snippet(w)));
  if (known) console.log(`known warning ${w.code} at ${where(w)}: ${known.why}`);
  else unexpected.push(w);
}
for (const e of report.errors) console.error(`error ${e.code} at ${where(e)}: ${e.message}`);
for (const w of unexpected) console.error(`unexpected warning ${w.code} at ${where(w)}: ${w.message}`);
console.log(`addons-linter: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexpected.length} not known)`);
process.exit(report.errors.length > 0 || unexpected.length > 0 ? 1 : 0);
