/** Entry of options/options.js: renders the options page over the real browser APIs. */
import { render } from 'preact';
import { t } from '../ui/i18n';
import { localizeDocument } from '../ui/localize-document';
import { Options } from './options';
import { browserOptionsApi } from './browser-options-api';
import './options.css';

localizeDocument(document, t('optionsTitle'));
const root = document.getElementById('root');
if (root) render(<Options api={browserOptionsApi(document)} />, root);
