/** Entry of options/options.js: renders the options page over the real browser APIs. */
import { render } from 'preact';
import { Options } from './options';
import { browserOptionsApi } from './browser-options-api';
import './options.css';

const root = document.getElementById('root');
if (root) render(<Options api={browserOptionsApi(document)} />, root);
