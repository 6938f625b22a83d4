/**
 * Each category's mark colour as "r g b" (for rgb(… / alpha)), shared by the
 * fallback marks and the live-page overlay; highlights.css writes the same
 * values, since a manifest stylesheet cannot import from script.
 */
import type { Category } from '@/lib/dataset/schema';

export const MARK_COLORS: Readonly<Record<Category, string>> = {
  person: '139 92 246',
  company: '59 130 246',
  product: '16 185 129',
  lab: '249 115 22',
  media: '236 72 153',
};
