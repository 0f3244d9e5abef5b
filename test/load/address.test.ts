import { describe, expect, it } from 'vitest';
import { isPrivateHost } from '../../src/load/address.js';

describe('isPrivateHost', () => {
  it.each([
    ['172.15.255.255', false],
    ['172.16.0.0', true],
    ['172.31.255.255', true],
    ['172.32.0.0', false],
    ['10.0.0.1', true],
    ['11.0.0.1', false],
    ['127.0.0.1', true],
    ['192.168.1.1', true],
    ['192.169.0.1', false],
    ['169.254.169.254', true],
    ['169.253.0.1', false],
    ['100.64.0.1', true],
    ['100.63.255.255', false],
    ['100.128.0.0', false],
    ['0.0.0.0', true],
    ['8.8.8.8', false],
    ['localhost', true],
    ['api.localhost', true],
    ['entreprise.api.gouv.fr', false],
    ['[::1]', true],
    ['::', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['::ffff:808:808', false],
    ['fc00::1', true],
    ['fd12:3456::1', true],
    ['fe80::1', true],
    ['febf::1', true],
    ['fec0::1', false],
    ['2001:db8::1', false],
  ])('%s → %s', (host, expected) => {
    expect(isPrivateHost(host)).toBe(expected);
  });
});
