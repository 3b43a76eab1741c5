import { render } from 'preact';
import { initI18n } from '@/utils/i18n/init';
import { sendMessage } from '@/utils/messaging/client';
import { App, FIRST_PAGE } from './App';
import '@/components/theme.css';
import './style.css';

// The background starts on the first page of owed replies while the popup loads its interface text
// (`npm run bench` times the popup to 'ackly-popup-drawn', set by App, and from this first line).
performance.mark('ackly-popup-script');
const first = sendMessage('owed.page', { query: '', shown: FIRST_PAGE });
first.catch(() => {});
void initI18n().then(() => render(<App first={first} />, document.getElementById('app')!));
