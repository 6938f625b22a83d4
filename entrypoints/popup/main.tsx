import { render } from 'preact';
import { PopupContainer } from '@/components/popup/PopupContainer';
import '@/components/tokens.css';
import '@/components/card/card.css';
import '@/components/popup/popup.css';

document.documentElement.lang = navigator.language;
render(<PopupContainer />, document.getElementById('app') as HTMLElement);
