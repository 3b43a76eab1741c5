import { render } from 'preact';
import { initI18n } from '@/utils/i18n/init';
import { App } from './App';
import '@/components/theme.css';
import '@/components/buttons.css';
import './style.css';

void initI18n().then(() => render(<App />, document.getElementById('app')!));
