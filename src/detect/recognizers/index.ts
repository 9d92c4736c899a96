/**
 * The default identifier recognizers, as an explicit list. Folders: `intl/` for identifiers shared across countries,
 * one folder per country for national identifiers (`fr/`, `us/`, `uk/`, `es/`, `it/`, `be/`).
 */
import type { Recognizer } from '../recognizer.js';
import { beNrnRecognizer } from './be/national-number.js';
import { emailRecognizer } from './email.js';
import { esDniRecognizer } from './es/dni.js';
import { frCniRecognizer } from './fr/cni.js';
import { frLicensePlateRecognizer } from './fr/license-plate.js';
import { frNirRecognizer } from './fr/nir.js';
import { frPassportRecognizer } from './fr/passport.js';
import { frSirenRecognizer, frSiretRecognizer } from './fr/siren.js';
import { credentialRecognizer } from './intl/credential.js';
import { creditCardRecognizer } from './intl/credit-card.js';
import { gpsRecognizer } from './intl/gps.js';
import { ibanRecognizer } from './intl/iban.js';
import { ipv4Recognizer, ipv6Recognizer } from './intl/ip.js';
import { macRecognizer } from './intl/mac.js';
import { phoneRecognizer } from './intl/phone.js';
import { urlRecognizer } from './intl/url.js';
import { usernameRecognizer } from './intl/username.js';
import { itCfRecognizer } from './it/codice-fiscale.js';
import { ukNinoRecognizer } from './uk/nino.js';
import { usSsnRecognizer } from './us/ssn.js';

export function defaultIdentifierRecognizers(): Recognizer[] {
  return [
    emailRecognizer,
    phoneRecognizer,
    ibanRecognizer,
    creditCardRecognizer,
    frNirRecognizer,
    frSirenRecognizer,
    frSiretRecognizer,
    frCniRecognizer,
    frPassportRecognizer,
    usSsnRecognizer,
    ukNinoRecognizer,
    esDniRecognizer,
    itCfRecognizer,
    beNrnRecognizer,
    ipv4Recognizer,
    ipv6Recognizer,
    macRecognizer,
    urlRecognizer,
    usernameRecognizer,
    frLicensePlateRecognizer,
    gpsRecognizer,
    credentialRecognizer,
  ];
}
