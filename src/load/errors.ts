/**
 * Errors that stop the tool (exit code 2). They carry a message key and arguments, never text:
 * the CLI renders them in the user's language, on one line.
 */
export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly args: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'UsageError';
  }
}
