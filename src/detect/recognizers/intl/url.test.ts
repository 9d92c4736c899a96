import { expectCases } from '../contract.test-helper.js';
import { urlRecognizer } from './url.js';

expectCases(
  urlRecognizer,
  [
    ['voir https://exemple.fr/page?id=3.', 'https://exemple.fr/page?id=3'],
    ['(see https://en.wikipedia.org/wiki/Foo_(bar))', 'https://en.wikipedia.org/wiki/Foo_(bar)'],
    ['site : www.exemple.org, merci', 'www.exemple.org'],
  ],
  ['http://', 'mailto:jean@exemple.fr', 'le fichier C:\\temp\\www'],
);
