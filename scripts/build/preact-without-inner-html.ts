/**
 * Removes the one place Preact writes innerHTML: its support for the
 * dangerouslySetInnerHTML prop. Newslens renders dataset text as text and
 * never uses that prop (a unit test keeps it so), and addons-linter rightly
 * warns about any innerHTML assignment in a Firefox add-on. The assignment
 * becomes a throw, so a future use fails loudly in tests instead of
 * rendering markup.
 */
import type { Plugin } from 'vite';

/** Preact's built module, the only file this plugin changes. */
const PREACT_DIST = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs(\?.*)?$/;
/** `dom.innerHTML = newHtml.__html` as it appears in the minified build. */
const ASSIGNMENT = /([\w$]+)\.innerHTML=([\w$]+)\.__html/g;

export const DISABLED_MESSAGE = 'Newslens: dangerouslySetInnerHTML is disabled (scripts/build/preact-without-inner-html.ts)';

/** Preact's source with the innerHTML assignment replaced by a throw; fails if it is not there exactly once. */
export function withoutInnerHtml(code: string): string {
  const found = code.match(ASSIGNMENT)?.length ?? 0;
  if (found !== 1) {
    throw new Error(
      `preact-without-inner-html: expected one "x.innerHTML=y.__html" in Preact's build, found ${found}. ` +
        'Preact changed: update the pattern, and check that the build still has no innerHTML assignment.',
    );
  }
  return code.replace(ASSIGNMENT, () => `(()=>{throw new Error(${JSON.stringify(DISABLED_MESSAGE)})})()`);
}

export function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'newslens:preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_DIST.test(id)) return null;
      return { code: withoutInnerHtml(code), map: null };
    },
  };
}
