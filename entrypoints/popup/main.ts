import '@/src/ui/theme.css';
import '@/src/ui/popup/popup.css';
import { startPopup } from '@/src/ui/popup/start-popup';

void startPopup(document.getElementById('app')!, location.search).catch((error: unknown) => {
  console.error('Zhengdu: popup failed', error);
});
