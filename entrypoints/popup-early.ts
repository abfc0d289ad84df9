import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askEarly } from '../platform/popup-early';
import { LANGUAGE_KEY } from '../platform/language';

// A classic script the popup page runs while it is parsed, before its modules load.
export default defineUnlistedScript(() => askEarly(LANGUAGE_KEY));
