import { boot } from './boot/boot';
import { registerServiceWorker } from './serviceWorker';

registerServiceWorker();
void boot(document.getElementById('root')!);
