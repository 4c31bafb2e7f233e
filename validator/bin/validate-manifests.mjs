#!/usr/bin/env node
// `npm run validate-manifests`: runs the bundled validator CLI (built on first use).
import { pathToFileURL } from 'node:url';
import { ensureValidatorBundle } from '../bundle/bundle.mjs';

const { main } = await import(pathToFileURL(ensureValidatorBundle().cli).href);
process.exitCode = await main(process.argv.slice(2));
