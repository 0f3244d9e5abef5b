/**
 * `node:tls`, `node:dns` and the modules that only a team's Spectral ruleset (`--ruleset`, a CLI
 * option) loads, in the browser bundle: the page opens no socket, resolves no name and takes no
 * ruleset file, so reaching any of these is a defect, said as such.
 */
function unavailable(): never {
  throw new Error('not available in the browser: run bouquet-lint from the command line');
}

export const connect = unavailable;
export const lookup = unavailable;
export const lintWithTeamRuleset = unavailable;
export default { connect, lookup };
