/**
 * Stands for node-fetch in the command line's bundle (scripts/build-cli.ts). Only spectral-runtime's
 * `fetch` imports it, and bouquet-lint never lets the rules engine fetch: documents reach it already
 * resolved by the loader (src/load), which alone applies the remote `$ref` budgets and refusals.
 */
export default function noFetch(uri: unknown): Promise<never> {
  return Promise.reject(new Error(`bouquet-lint: the rules engine does not fetch (${String(uri)})`));
}
