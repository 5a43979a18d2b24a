import type { GlossaryData } from '../engine/glossary/types';
// Static import: bundled into the extension pages that import this module (options,
// the selection view), never into the content script or background.
import json from '../../assets/glossary/glossary.json';

// JSON module types widen literals (category: string); glossary-data.test.ts in the
// engine checks the file against the schema, so the narrowing here is safe.
export const GLOSSARY = json as GlossaryData;
