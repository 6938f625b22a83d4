import { render } from 'preact';
import { OptionsContainer } from '@/components/options/OptionsContainer';
import '@/components/tokens.css';
import '@/components/options/options.css';

document.documentElement.lang = navigator.language;
render(<OptionsContainer />, document.getElementById('app') as HTMLElement);
