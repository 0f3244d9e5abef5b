/** Fills `{name}` placeholders. Unknown placeholders are left as they are. */
export function fill(template: string, args: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in args ? String(args[name]) : m));
}
