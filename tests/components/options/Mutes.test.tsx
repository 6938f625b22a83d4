import { describe, expect, it } from 'vitest';
import { Options } from '@/components/options/Options';
import type { Mute } from '@/lib/mutes/mutes';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { click, mount, texts } from '../../support/render';

const noop = () => undefined;
const render = (mutes: Mute[], onUnmute: (m: Mute) => void = noop) =>
  mount(
    <Options
      settings={{ ...DEFAULT_SETTINGS, mutes }}
      onToggleCategory={noop}
      onEnableSite={noop}
      onHoverDelay={noop}
      onMarkStyle={noop}
      onUnmute={onUnmute}
      entityName={(id) => (id === 'x' ? 'X' : id)}
      items={[]}
      autoUpdate
      onAutoUpdate={noop}
      onCheckAll={async () => undefined}
      onCheck={noop}
      onEnable={noop}
      onMove={noop}
      onRemove={noop}
      onExport={noop}
      onSubscribe={async () => ({ ok: true, count: 0 })}
      onImport={async () => ({ ok: true, count: 0 })}
    />,
  );

describe('options: names marked wrongly', () => {
  it('lists each mute with where it applies, and undoes the one chosen', () => {
    const undone: Mute[] = [];
    const here = { entity: 'x', alias: 'X', site: 'engadget.com' };
    const root = render([here, { entity: 'apple', alias: 'Apple', site: null }], (m) => undone.push(m));
    expect(texts(root, '.mutes li > span')).toEqual(['“X” → X on engadget.com', '“Apple” → apple everywhere']);
    click(root.querySelector('.mutes li button'));
    expect(undone).toEqual([here]);
  });

  it('says how to mute when there is nothing muted', () => {
    expect(render([]).textContent).toContain('Use “Not this” on a card');
  });
});
