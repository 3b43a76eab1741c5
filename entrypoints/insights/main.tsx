import { render } from 'preact';
import { initI18n } from '@/utils/i18n/init';
import { sendMessage } from '@/utils/messaging/client';
import { App, DEFAULT_RANGE } from './App';
import '@/components/theme.css';
import '@/components/buttons.css';
import './style.css';

// The background starts on the numbers while the page loads its interface text. The marks show
// where the time goes (`npm run bench` reads 'ackly-insights-drawn', set by App).
performance.mark('ackly-insights-script');
const first = sendMessage('insights.get', { range: DEFAULT_RANGE });
first.then(() => performance.mark('ackly-insights-data')).catch(() => {});
void initI18n().then(() => render(<App first={first} />, document.getElementById('app')!));
