import { loadSeenTerms } from '../../settings/seen-terms';
import { el } from '../dom';
import { GLOSSARY } from '../glossary-data';
import { t } from '../i18n';
import { exportRows, toAnkiCsv, toPlecoTsv, type ExportRow } from './export-terms';

/** Saves text as a file; a Blob URL, so nothing leaves the machine. */
function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function exportButton(id: string, label: string, rows: ExportRow[], make: () => void): HTMLButtonElement {
  const button = el('button', { type: 'button', id, disabled: rows.length === 0 }, label);
  button.addEventListener('click', make);
  return button;
}

/** Flashcards of the glossary terms met while reading, for Anki and Pleco. */
export async function exportSection(): Promise<HTMLElement> {
  const byId = new Map(GLOSSARY.entries.map((e) => [e.id, e]));
  const rows = exportRows(await loadSeenTerms(), (id) => byId.get(id));
  return el(
    'section',
    { 'aria-labelledby': 'export-heading' },
    el('h2', { id: 'export-heading' }, t('optionsExportHeading')),
    el('p', { id: 'seen-count' }, t('optionsSeenCount', String(rows.length))),
    el(
      'div',
      { class: 'row' },
      exportButton('export-anki', t('optionsExportAnki'), rows, () => download(toAnkiCsv(rows), 'zhengdu-terms-anki.csv', 'text/csv;charset=utf-8')),
      exportButton('export-pleco', t('optionsExportPleco'), rows, () => download(toPlecoTsv(rows), 'zhengdu-terms-pleco.txt', 'text/plain;charset=utf-8')),
    ),
  );
}
