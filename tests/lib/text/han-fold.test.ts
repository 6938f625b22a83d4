import { describe, expect, it } from 'vitest';
import { foldHan, HAN } from '@/lib/text/han-fold';
import { SIMPLIFIED, TRADITIONAL } from '@/lib/text/han-table';
import { foldForMatch } from '@/lib/text/normalize';

describe('simplified/traditional folding', () => {
  it('reads the traditional forms of the names Hong Kong and Taiwan press write as the simplified ones', () => {
    const pairs: Array<[string, string]> = [
      ['智譜', '智谱'],
      ['達摩院', '达摩院'],
      ['微軟', '微软'],
      ['字節跳動', '字节跳动'],
      ['騰訊', '腾讯'],
      ['通義千問', '通义千问'],
      ['阿里雲', '阿里云'],
      ['華為', '华为'],
    ];
    for (const [traditional, simplified] of pairs) expect(foldHan(traditional), traditional).toBe(simplified);
  });

  it('never shifts an offset: one UTF-16 unit to one, in any text', () => {
    const text = 'Qwen 與 DeepSeek：騰訊混元、字節跳動的豆包 😀 İstanbul';
    const folded = foldForMatch(text);
    expect(folded.length).toBe(text.length);
    expect(folded.indexOf('字节跳动')).toBe(text.indexOf('字節跳動'));
  });

  it('leaves simplified, Latin and Japanese-only text as it is', () => {
    for (const text of ['智谱发布了新模型', 'Alibaba Cloud', 'ひらがなとカタカナ']) expect(foldHan(text)).toBe(text);
  });

  it('keeps a table that folds once and for all: one character to one, none folding to a folded character', () => {
    expect(TRADITIONAL.length).toBe(SIMPLIFIED.length);
    expect(new Set(TRADITIONAL).size).toBe(TRADITIONAL.length);
    const keys = new Set(TRADITIONAL);
    for (let i = 0; i < TRADITIONAL.length; i++) {
      const t = TRADITIONAL.charCodeAt(i);
      expect(t < 0xd800 || t > 0xdfff, `row ${i} is one UTF-16 unit`).toBe(true);
      expect(TRADITIONAL[i]).not.toBe(SIMPLIFIED[i]);
      expect(HAN.test(TRADITIONAL[i] as string), `${TRADITIONAL[i]} is a CJK ideograph`).toBe(true);
      expect(keys.has(SIMPLIFIED[i] as string), `${SIMPLIFIED[i]} is itself folded`).toBe(false);
    }
    // Everyday simplified characters with a meaning of their own are left alone.
    for (const ch of '於後乾') expect(foldHan(ch)).toBe(ch);
  });
});
