// The messages of the in-page controls (components/page): all the strings a content script
// shows. Content scripts do not bundle them: they ask the background for the ones of the
// reviewer's language (`page/controls`), so a page downloads neither the other language nor
// the dashboard's words. Named imports, so that the bundler leaves every other message out.
// A test renders the controls in every state with these messages only.
import {
  checkYearIn as enYearIn,
  checkYearOut as enYearOut,
  checkYearUnknown as enYearUnknown,
  checkYearAhead as enYearAhead,
  decisionExclude as enExclude,
  decisionInclude as enInclude,
  decisionMaybe as enMaybe,
  decisionNone as enNone,
  reasonChoose as enReasonChoose,
  reasonLabel as enReasonLabel,
  rowControlLabel as enControl,
  statusNotSaved as enNotSaved,
  bandHigh as enHigh,
  bandMedium as enMedium,
  bandLow as enLow,
  bandTooltip as enBandTip,
} from '../../public/_locales/en/messages.json';
import {
  checkYearIn as idYearIn,
  checkYearOut as idYearOut,
  checkYearUnknown as idYearUnknown,
  checkYearAhead as idYearAhead,
  decisionExclude as idExclude,
  decisionInclude as idInclude,
  decisionMaybe as idMaybe,
  decisionNone as idNone,
  reasonChoose as idReasonChoose,
  reasonLabel as idReasonLabel,
  rowControlLabel as idControl,
  statusNotSaved as idNotSaved,
  bandHigh as idHigh,
  bandMedium as idMedium,
  bandLow as idLow,
  bandTooltip as idBandTip,
} from '../../public/_locales/id/messages.json';
import type { Catalog, Language } from './translate';

const TABLES: Record<Language, Catalog> = {
  en: {
    checkYearIn: enYearIn,
    checkYearOut: enYearOut,
    checkYearUnknown: enYearUnknown,
    checkYearAhead: enYearAhead,
    decisionExclude: enExclude,
    decisionInclude: enInclude,
    decisionMaybe: enMaybe,
    decisionNone: enNone,
    reasonChoose: enReasonChoose,
    reasonLabel: enReasonLabel,
    rowControlLabel: enControl,
    statusNotSaved: enNotSaved,
    bandHigh: enHigh,
    bandMedium: enMedium,
    bandLow: enLow,
    bandTooltip: enBandTip,
  },
  id: {
    checkYearIn: idYearIn,
    checkYearOut: idYearOut,
    checkYearUnknown: idYearUnknown,
    checkYearAhead: idYearAhead,
    decisionExclude: idExclude,
    decisionInclude: idInclude,
    decisionMaybe: idMaybe,
    decisionNone: idNone,
    reasonChoose: idReasonChoose,
    reasonLabel: idReasonLabel,
    rowControlLabel: idControl,
    statusNotSaved: idNotSaved,
    bandHigh: idHigh,
    bandMedium: idMedium,
    bandLow: idLow,
    bandTooltip: idBandTip,
  },
};

/** The in-page controls' messages in one language. */
export const pageMessages = (language: Language): Catalog => TABLES[language];
