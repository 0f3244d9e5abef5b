/** `undici` in the browser bundle: the page never fetches remote `$ref`s (they are refused, as by the CLI without --allow-remote-refs). */
export function request(): never {
  throw new Error('remote references are not fetched in the browser');
}

export class Agent {
  constructor() {
    throw new Error('remote references are not fetched in the browser');
  }
}

export default { request, Agent };
