#!/usr/bin/env node
// Runs the TypeScript CLI straight from src/ so `npx bbpass` works right after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';
register();
await import('./main.ts');
