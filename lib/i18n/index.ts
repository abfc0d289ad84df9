// The whole message tables, for the extension's own pages (popup, dashboard) and the tests.
import en from '../../public/_locales/en/messages.json';
import id from '../../public/_locales/id/messages.json';
import { addMessages } from './translate';

export * from './translate';

addMessages({ en, id });
