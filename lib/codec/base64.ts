/**
 * Bytes to base64 and back, for binary tables kept in JSON (storage.local
 * stores JSON in Chromium) or in a script. Uses the native
 * Uint8Array.fromBase64/toBase64 where the engine has them (fast, no
 * per-byte JavaScript), atob/btoa otherwise.
 */

interface Base64Native {
  fromBase64?: (s: string) => Uint8Array;
}
interface Base64Bytes {
  toBase64?: () => string;
}

export function toBase64(bytes: Uint8Array): string {
  const native = (bytes as Base64Bytes).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Throws on anything that is not base64. The result starts on an 8-byte boundary of its own buffer. */
export function fromBase64(text: string): Uint8Array {
  const native = (Uint8Array as Base64Native).fromBase64;
  if (typeof native === 'function') return native(text);
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
