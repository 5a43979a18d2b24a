import { SCRIPT_MODES, MODES_OFF, type Modes, type ScriptMode } from '../shared/modes';
import { activeTabId } from './handle-message';
import { setTabModes } from './tab-modes';
import { getTabState } from './tab-states';

/** The order the "cycle script" shortcut walks through. */
const CYCLE: readonly ScriptMode[] = SCRIPT_MODES.filter((m) => m !== 'zh-Hant');

export function nextModes(current: Modes, command: string): Modes | undefined {
  switch (command) {
    case 'toggle-pinyin':
      return { ...current, pinyin: !current.pinyin };
    case 'toggle-glossary':
      return { ...current, glossary: !current.glossary };
    case 'cycle-script': {
      const at = CYCLE.indexOf(current.script);
      return { ...current, script: CYCLE[(at + 1) % CYCLE.length] };
    }
    default:
      return undefined;
  }
}

export async function handleCommand(command: string): Promise<void> {
  const tabId = await activeTabId();
  if (tabId === undefined) return;
  const current = (await getTabState(tabId))?.modes ?? { ...MODES_OFF };
  const next = nextModes(current, command);
  if (next) await setTabModes(tabId, next);
}
