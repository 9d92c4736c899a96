import { expectCases } from '../contract.test-helper.js';
import { frCniRecognizer } from './cni.js';
import { frPassportRecognizer } from './passport.js';
import { frLicensePlateRecognizer } from './license-plate.js';

expectCases(
  frCniRecognizer,
  [
    ["carte d'identité n° 880692310285", '880692310285'],
    ['CNI : X4RTBPFW4', 'X4RTBPFW4'],
    ['identity card F9K2L7Q3Z', 'F9K2L7Q3Z'],
  ],
  ['commande 880692310285', 'ref X4RTBPFW4 du 12 mai', "carte d'identité n° 881392310285"],
);
expectCases(
  frPassportRecognizer,
  [['passeport n° 12AB34567', '12AB34567'], ['Passport number: 19FR01234', '19FR01234']],
  ['colis 12AB34567 expédié', 'passeport 123456789'],
);
expectCases(
  frLicensePlateRecognizer,
  [
    ['véhicule immatriculé AB-123-CD', 'AB-123-CD'],
    ['voiture garée, plaque GH 456 KL', 'GH 456 KL'],
    ['immatriculation 1234 AB 56', '1234 AB 56'],
    ['car registration EF-789-GH', 'EF-789-GH'],
  ],
  ['AB 123 CD sans contexte', 'code 1234 AB 56', 'série OI-123-UU', 'plaque SS-123-AB', 'article 12 AB 75'],
);
