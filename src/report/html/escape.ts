/** Making text inert in HTML, and keeping credentials out of the report. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML element body or a double-quoted attribute value. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const AUTH_HEADER = /((?:authorization|proxy-authorization|x-api-key|api-key|apikey|x-auth-token|x-access-token)\s*:\s*)((?:bearer|basic|token|apikey)\s+)?([^\s'"\\]+)/gi;
const SECRET_QUERY = /([?&](?:token|access_token|api_key|apikey|apiKey|key|jeton)=)[^&\s'"\\]+/gi;

/**
 * Masks credential values in a reproduction command or URL (`Authorization: Bearer ***`). The probe
 * already masks them; the report does it again so that nothing it shows can carry one.
 */
export function maskCredentials(text: string): string {
  return text.replace(AUTH_HEADER, (_m, name: string, scheme: string | undefined) => `${name}${scheme ?? ''}***`).replace(SECRET_QUERY, '$1***');
}
