/**
 * The floor: what any spectral-core based linter pays before its first rule. Parses the file with
 * positions and resolves `$ref`s with spectral-core's default resolver, with an empty ruleset.
 * Usage: node dist/bench/floor.js <spec>
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import spectralCore from '@stoplight/spectral-core';
import spectralParsers from '@stoplight/spectral-parsers';

const { Spectral, Document } = spectralCore;
const { Yaml, Json } = spectralParsers;

const file = path.resolve(process.argv[2] ?? '');
const text = readFileSync(file, 'utf8');
const spectral = new Spectral();
spectral.setRuleset({ rules: {} });
const document = /\.json$/i.test(file) ? new Document(text, Json, file) : new Document(text, Yaml, file);
await spectral.run(document);
