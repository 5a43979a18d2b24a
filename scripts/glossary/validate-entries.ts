/**
 * Checks the curated entries (assets/glossary/entries.yaml) before anything is derived
 * from them. Every problem is reported with the entry and field it is in, all at once,
 * so a curator fixes the file in one pass.
 */
import { GLOSSARY_CATEGORIES, type GlossaryCategory } from '../../src/engine/glossary/types';

/** One entry as curators write it. */
export interface CuratedEntry {
  id: string;
  /** Simplified headword, as the corpus writes it (quotes included where the corpus quotes it). */
  term: string;
  /** Other spellings found in the corpus; Traditional forms are derived, not listed. */
  aliases: string[];
  /** Pinyin override, space-separated syllables; derived from `term` when absent. */
  readings?: string;
  en: string;
  zh: string;
  category: GlossaryCategory;
  origin: string;
  related: string[];
}

const FIELDS = ['id', 'term', 'aliases', 'readings', 'en', 'zh', 'category', 'origin', 'related'] as const;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface Validated {
  entries: CuratedEntry[];
  errors: string[];
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);

function label(raw: Record<string, unknown>, index: number): string {
  return typeof raw.id === 'string' && ID_PATTERN.test(raw.id) ? `entry '${raw.id}'` : `entry #${index + 1}`;
}

/** Shape of one entry; returns the entry when it is well-formed. */
function checkShape(raw: unknown, index: number, errors: string[]): CuratedEntry | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    errors.push(`entry #${index + 1}: must be a mapping of fields`);
    return undefined;
  }
  const r = raw as Record<string, unknown>;
  const where = label(r, index);
  const before = errors.length;
  const fail = (field: string, problem: string): void => {
    errors.push(`${where}: field '${field}' ${problem}`);
  };
  for (const key of Object.keys(r)) {
    if (!(FIELDS as readonly string[]).includes(key)) fail(key, 'is not a known field');
  }
  if (!isText(r.id) || !ID_PATTERN.test(r.id)) fail('id', 'must be kebab-case (a-z, 0-9, -)');
  for (const field of ['term', 'en', 'zh'] as const) {
    if (!isText(r[field])) fail(field, 'must be a non-empty string');
  }
  if (!(GLOSSARY_CATEGORIES as readonly unknown[]).includes(r.category)) {
    fail('category', `must be one of ${GLOSSARY_CATEGORIES.join(', ')}`);
  }
  for (const field of ['aliases', 'related'] as const) {
    if (r[field] !== undefined && !isTextList(r[field])) fail(field, 'must be a list of non-empty strings');
  }
  for (const field of ['readings', 'origin'] as const) {
    if (r[field] !== undefined && r[field] !== null && !isText(r[field])) fail(field, 'must be a non-empty string when given');
  }
  if (isText(r.term) && isText(r.readings)) {
    const han = (r.term.match(/\p{Script=Han}/gu) ?? []).length;
    const syllables = r.readings.trim().split(/\s+/).length;
    if (han !== syllables) fail('readings', `has ${syllables} syllables for ${han} Han characters`);
  }
  if (errors.length > before) return undefined;
  return {
    id: r.id as string,
    term: (r.term as string).trim(),
    aliases: ((r.aliases as string[] | undefined) ?? []).map((a) => a.trim()),
    readings: typeof r.readings === 'string' ? r.readings.trim() : undefined,
    en: (r.en as string).trim(),
    zh: (r.zh as string).trim(),
    category: r.category as GlossaryCategory,
    origin: typeof r.origin === 'string' ? r.origin.trim() : '',
    related: (r.related as string[] | undefined) ?? [],
  };
}

/** Shapes, unique ids, related ids that resolve. */
export function validateEntries(raw: unknown): Validated {
  if (!Array.isArray(raw)) return { entries: [], errors: ['entries: the file must be a YAML list of entries'] };
  const errors: string[] = [];
  const entries: CuratedEntry[] = [];
  const firstIndex = new Map<string, number>();
  raw.forEach((item, index) => {
    const entry = checkShape(item, index, errors);
    if (!entry) return;
    const first = firstIndex.get(entry.id);
    if (first !== undefined) {
      errors.push(`entry '${entry.id}': field 'id' duplicates entry #${first + 1} (entry #${index + 1})`);
      return;
    }
    firstIndex.set(entry.id, index);
    entries.push(entry);
  });
  for (const entry of entries) {
    for (const id of entry.related) {
      if (id === entry.id) errors.push(`entry '${entry.id}': field 'related' lists the entry itself`);
      else if (!firstIndex.has(id)) errors.push(`entry '${entry.id}': field 'related' names unknown id '${id}'`);
    }
  }
  return { entries, errors };
}

/** The curated spellings of an entry, each with the field it came from. */
export function curatedForms(entry: CuratedEntry): Array<{ field: string; form: string }> {
  return [{ field: 'term', form: entry.term }, ...entry.aliases.map((form, i) => ({ field: `aliases[${i}]`, form }))];
}

/**
 * Two curated spellings that fold to the same match key would make one term
 * ambiguous (or an alias redundant): report each pair.
 */
export function findDuplicateForms(entries: readonly CuratedEntry[], keyOf: (form: string) => string): string[] {
  const errors: string[] = [];
  const owner = new Map<string, string>();
  for (const entry of entries) {
    for (const { field, form } of curatedForms(entry)) {
      const key = keyOf(form);
      const where = `entry '${entry.id}' field '${field}'`;
      const first = owner.get(key);
      if (first !== undefined) errors.push(`${where}: "${form}" duplicates ${first}`);
      else owner.set(key, where);
    }
  }
  return errors;
}
