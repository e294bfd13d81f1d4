/** Entry of popup/popup.js: renders the popup over the real browser APIs. */
import { render } from 'preact';
import { browserPopupApi } from './browser-popup-api';
import { Popup } from './popup';
import './popup.css';

const root = document.getElementById('root');
if (root) render(<Popup api={browserPopupApi(document)} />, root);
