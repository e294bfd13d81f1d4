/** Entry of popup/popup.js: renders the popup over the real browser APIs. */
import { render } from 'preact';
import { t } from '../ui/i18n';
import { localizeDocument } from '../ui/localize-document';
import { browserPopupApi } from './browser-popup-api';
import { Popup } from './popup';
import './popup.css';
import './fact-changes.css';

localizeDocument(document, t('extName'));
const root = document.getElementById('root');
if (root) render(<Popup api={browserPopupApi(document)} />, root);
