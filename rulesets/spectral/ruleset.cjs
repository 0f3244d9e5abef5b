/**
 * The bouquet's static rules as a Spectral ruleset (see README, "Spectral"). The rule list is
 * generated at build time (dist/rulesets/spectral/rules.json); each rule runs the compiled bouquet
 * rule through dist/src/spectral/functions.js, loaded once, on first use.
 */
'use strict';

const path = require('node:path');
const { pathToFileURL } = require('node:url');

const dist = path.join(__dirname, '..', '..', 'dist');
const rules = require(path.join(dist, 'rulesets', 'spectral', 'rules.json'));

let functions;
function load() {
  functions ??= import(pathToFileURL(path.join(dist, 'src', 'spectral', 'functions.js')).href);
  return functions;
}

module.exports = {
  rules: Object.fromEntries(
    rules.map((r) => [
      r.id,
      {
        description: r.description,
        message: '{{error}}',
        given: r.given,
        severity: r.severity,
        resolved: false,
        then: {
          function: async (target, _options, context) => (await load()).check(r.id, target, context),
        },
      },
    ]),
  ),
};
