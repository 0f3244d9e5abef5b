/**
 * `node:net` in the browser bundle. `isIP` is real (SRV-01 tells a private address from a public
 * host name in the page too); the probe's sockets never run in the page.
 */
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function isIP(input: string): 0 | 4 | 6 {
  if (IPV4.test(input)) return 4;
  if (!input.includes(':') || /[^0-9a-fA-F:.%]/.test(input.replace(/%.*$/, ''))) return 0;
  try {
    new URL(`http://[${input.replace(/%.*$/, '')}]/`);
    return 6;
  } catch {
    return 0;
  }
}

function unavailable(): never {
  throw new Error('no sockets in the browser: the probe runs from the command line');
}

export const connect = unavailable;
export default { isIP, connect };
