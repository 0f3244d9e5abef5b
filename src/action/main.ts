/** Entry of the GitHub Action (action.yml runs `node dist/src/action/main.js`). */
import { run } from './run.js';

await run();
