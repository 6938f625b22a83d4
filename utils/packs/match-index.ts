/**
 * The compiled match index of the packs in use, kept in storage.local under
 * the user-index key content scripts read (utils/content/knowledge.ts): the
 * background builds it from the assembled packs (lib/packs/index-plan) when
 * the packs, their order or the bundled data changed, and removes it when
 * only the bundled data is in use. Its head (lib/match/index-head.ts) is
 * written after it and removed with it: frames read the head first. Content
 * scripts never see pack data.
 */
import { storage } from 'wxt/utils/storage';
import { bundledDataset } from '@/lib/dataset/bundled';
import { type CompiledIndex, compileEntities, compileExtension, loadIndex } from '@/lib/match/compiled';
import { HEAD_FORMAT, headOf } from '@/lib/match/index-head';
import { planIndex, stackKey } from '@/lib/packs/index-plan';
import { bundledBase } from '../bundled-index';
import { USER_INDEX_HEAD_KEY, USER_INDEX_KEY } from '../storage-keys';
import { readUserIndex, readUserIndexHead } from '../user-storage';
import { readPacksView } from './dataset';

/** Makes the stored index match the packs in use; true when it wrote anything. */
export async function ensurePacksIndex(): Promise<boolean> {
  const view = await readPacksView();
  const base = bundledBase();
  const key = stackKey(view.snapshot.list, base.dataset);
  const plan = planIndex(view.entities, bundledDataset().entities);
  const current = await readUserIndex();
  if (plan.kind === 'none') {
    if (current === null && (await readUserIndexHead()) === null) return false;
    await storage.removeItems([USER_INDEX_HEAD_KEY, USER_INDEX_KEY]);
    return true;
  }
  const expect = { dataset: key, base: plan.kind === 'full' ? null : base.dataset };
  if (current !== null && loadIndex(current, expect).ok) return ensureHead(current as CompiledIndex);
  const index = plan.kind === 'full' ? compileEntities(plan.entities, key) : compileExtension(plan.entities, base, key);
  await storage.setItem(USER_INDEX_KEY, index);
  await writeHead(index);
  return true;
}

async function writeHead(index: CompiledIndex): Promise<void> {
  const loaded = loadIndex(index);
  if (!loaded.ok) throw new Error(`the index just built does not load: ${loaded.reason}`);
  await storage.setItem(USER_INDEX_HEAD_KEY, headOf(index, loaded.tables));
}

/** A current index whose head is missing (written by a version before heads) or stale gets one; true when written. */
async function ensureHead(index: CompiledIndex): Promise<boolean> {
  const head = (await readUserIndexHead()) as { format?: unknown; index?: unknown } | null;
  if (head?.format === HEAD_FORMAT && head.index === index.checksum) return false;
  await writeHead(index);
  return true;
}

// One rebuild at a time; a change that arrives during one is built right after it, never dropped.
let running: Promise<boolean> | null = null;
let again = false;
export function refreshPacksIndex(): Promise<boolean> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    let wrote = false;
    do {
      again = false;
      wrote = (await ensurePacksIndex().catch(() => false)) || wrote;
    } while (again);
    return wrote;
  })().finally(() => {
    running = null;
  });
  return running;
}
