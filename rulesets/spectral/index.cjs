/**
 * `extends: ["bouquet-lint/spectral"]` in a `.spectral.yaml`.
 *
 * Spectral bundles the file an `extends` names (this one) with rollup and evaluates the bundle
 * without `__dirname`; the ruleset itself is therefore loaded at run time through the package's
 * `exports`, by Node's own `require`, where it can find its files.
 */
'use strict';

module.exports = require('bouquet-lint/spectral/ruleset');
