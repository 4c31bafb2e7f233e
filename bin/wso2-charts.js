#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so the package needs no build step. Both of tsx's
// hooks, as `node --import tsx` registers them: a TypeScript pattern outside any
// `"type": "module"` package (e.g. one `wso2-charts new --dir /elsewhere` wrote) is loaded
// as CommonJS, which needs the CommonJS hook.
import { register as registerCommonJs } from 'tsx/cjs/api';
import { register } from 'tsx/esm/api';

registerCommonJs();
register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
