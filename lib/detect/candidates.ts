/**
 * From the text nodes the prefilter flagged to the blocks worth reading in
 * full: each flagged node's nearest block element, unless it sits in a
 * skipped part of the page or in a widget (lib/text/regions.ts).
 */
import { isBlockElement, isSkipped } from '../text/blocks';
import { type PageRegions, skipsRegion } from '../text/regions';

interface Place {
  skipped: boolean;
  block: Node | null;
}

export class BlockFinder {
  private readonly root: Node;
  private readonly regions: PageRegions | null;
  private readonly memo = new Map<Node, Place>();

  constructor(root: Node, regions: PageRegions | null = null) {
    this.root = root;
    this.regions = regions;
  }

  /** Where an element sits: inside a skipped subtree or not, and its nearest block (itself included). */
  private place(node: Node): Place {
    const known = this.memo.get(node);
    if (known) return known;
    let result: Place;
    if (node === this.root || node.nodeType !== 1) {
      result = { skipped: node.nodeType === 1 && isSkipped(node as Element), block: node };
    } else {
      const parent = node.parentNode;
      const above = parent ? this.place(parent) : { skipped: false, block: null };
      const el = node as Element;
      result = { skipped: above.skipped || isSkipped(el), block: isBlockElement(el) ? el : above.block };
    }
    this.memo.set(node, result);
    return result;
  }

  /** The block to read for a flagged text node, or null when it must be left alone. */
  blockFor(text: Text): Node | null {
    const parent = text.parentNode;
    if (!parent) return null;
    const place = this.place(parent);
    if (place.skipped) return null;
    // Text in a widget (a share button, a menu, hidden text) never makes its block worth reading.
    if (this.regions && skipsRegion(this.regions.of(parent))) return null;
    return place.block;
  }
}
