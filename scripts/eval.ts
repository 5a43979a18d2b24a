/**
 * `npm run eval`: accuracy of the engine against the plain libraries on the gold
 * sets, all measured in this one run. Per-row details: scripts/eval-pinyin.ts, scripts/eval-convert.ts.
 */
import { evalConversion } from './eval-convert';
import { evalPinyin } from './eval-pinyin';

const pct = (right: number, all: number) => `${((100 * right) / all).toFixed(2)}%`;

const pinyin = await evalPinyin();
const conversion = await evalConversion();

const rows: string[][] = [['', 'rows right', 'syllables right']];
const pinyinRow = (name: string, s: typeof pinyin.engine | undefined) =>
  s
    ? [name, `${s.rowsRight}/${s.rows} (${pct(s.rowsRight, s.rows)})`, `${s.syllablesRight}/${s.syllables} (${pct(s.syllablesRight, s.syllables)})`]
    : [name, 'not installed', ''];
rows.push(pinyinRow('pinyin: Zhengdu engine', pinyin.engine));
rows.push(pinyinRow('pinyin: engine, whole documents', pinyin.engineInDocuments));
rows.push(pinyinRow('pinyin: plain pinyin-pro', pinyin.plain));
rows.push(pinyinRow('pinyin: plain + @pinyin-pro/data', pinyin.plainComplete));
const convRow = (name: string, s: typeof conversion.engine) => [name, `${s.right}/${s.rows} (${pct(s.right, s.rows)})`, ''];
rows.push(convRow('conversion: Zhengdu engine', conversion.engine));
rows.push(convRow('conversion: plain opencc-js', conversion.plain));

const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((cell, i) => cell.padEnd(widths[i])).join('  '));
