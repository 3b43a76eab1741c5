// The theme setting on Ackly's own pages: data-theme on <html> overrides the system's colour scheme
// (components/theme.css). 'system' removes it, so prefers-color-scheme decides.
import type { Settings } from './settings/model';

export function applyTheme(theme: Settings['theme'], root: HTMLElement = document.documentElement): void {
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else delete root.dataset.theme;
}
