import '@/src/ui/theme.css';
import '@/src/ui/options/options.css';
import { startOptions } from '@/src/ui/options/start-options';

void startOptions(document.getElementById('app')!).catch((error: unknown) => {
  console.error('Zhengdu: options page failed', error);
});
