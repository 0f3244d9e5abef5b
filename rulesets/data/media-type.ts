/** Media types as written in `content` keys: `application/json; charset=utf-8`. */

export interface ParsedMediaType {
  /** `application/json`, lowercased. */
  base: string;
  params: { name: string; value: string }[];
}

export function parseMediaType(text: string): ParsedMediaType {
  const [base = '', ...rest] = text.split(';');
  const params = rest
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => {
      const eq = p.indexOf('=');
      return eq < 0 ? { name: p.toLowerCase(), value: '' } : { name: p.slice(0, eq).trim().toLowerCase(), value: p.slice(eq + 1).trim().replace(/^"|"$/g, '') };
    });
  return { base: base.trim().toLowerCase(), params };
}

export function isVendorJson(base: string): boolean {
  return /^application\/[\w.+-]+\+json$/.test(base) && base !== 'application/problem+json';
}
