/**
 * The exchange with one person, as the surfaces show it: what was given and received (attributed per person in
 * group contacts), whether the exchange runs one way (out of balance, with the reason as a sentence), open
 * promises both ways, since when the person is in their stage, when the next contact is and why, and the whole
 * brief of a person (`briefOf`) that the command line and the brief panel show.
 *
 * Imports: `model`, `read` (promise matching).
 */
export { ledgerOf, type Ledger, type LedgerItem } from './ledger';
export { balanceOf, type Balance } from './balance';
export { promisesOf, type OpenPromise, type PersonPromises } from './personPromises';
export { stageSince } from './stageSince';
export { nextContactOf, type NextContact } from './nextContact';
export { briefOf, type Brief, type BriefEntry, type BriefItem } from './brief';
export { shortExchange, type ShortExchange } from './shortExchange';
export { exchangeGlance, type ExchangeGlance } from './exchangeGlance';
