import { expectCases } from './contract.test-helper.js';
import { emailRecognizer } from './email.js';

expectCases(
  emailRecognizer,
  [
    ['Écrivez à thibault.lemaire-roux@transports-garnier.fr avant le 8.', 'thibault.lemaire-roux@transports-garnier.fr'],
    ['<segun.ap@fernhill-systems.io>', 'segun.ap@fernhill-systems.io'],
    ['GET /x?email=chloe.vanneste@free.fr&src=nl', 'chloe.vanneste@free.fr'],
    ['mail: élodie.marché@exemple.fr.', 'élodie.marché@exemple.fr'],
    ['tom+news@mail.example.co.uk, merci', 'tom+news@mail.example.co.uk'],
    ['écrivez-moi : jean.dupont [at] exemple [dot] fr', 'jean.dupont [at] exemple [dot] fr'],
    ['contact: marie(at)exemple.org', 'marie(at)exemple.org'],
    ['mon mail c’est paul arobase gmail point com', 'paul arobase gmail point com'],
  ],
  ['@sophie-ly', 'we met at the station dot com', 'look at this', 'user@localhost', 'a..b@exemple.fr', '.jean@exemple.fr', 'jean@exemple', 'x@y.z'],
);
