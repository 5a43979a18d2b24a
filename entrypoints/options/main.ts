import { loadSettings } from '@/src/settings/storage';

// Minimal options page (replaced by the full UI).
void loadSettings().then((s) => {
  document.getElementById('app')!.textContent = JSON.stringify(s);
});
