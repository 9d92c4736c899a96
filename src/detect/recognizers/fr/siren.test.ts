import { expectCases } from '../contract.test-helper.js';
import { breakCheck, Gen } from '../lookalikes.test-helper.js';
import { frSirenRecognizer, frSiretRecognizer } from './siren.js';

const g = new Gen(4);
const siren = g.siren();
const siret = g.siret();
const spacedSiret = `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;
expectCases(
  frSirenRecognizer,
  [
    [`SIREN ${siren}`, siren],
    [`RCS Paris ${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}`, `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}`],
    [`id;nom;siren\n1;ACME;${siren}`, siren],
  ],
  [`SIREN ${breakCheck(siren)}`, `Commande ${siren}`, `le nombre ${siren} sans contexte`],
);
expectCases(
  frSiretRecognizer,
  [
    [`SIRET ${siret}`, siret],
    [`établissement ${spacedSiret}`, spacedSiret],
    [`n° ${spacedSiret}`, spacedSiret],
    ['La Poste SIRET 35600000049837', '35600000049837'],
  ],
  [`SIRET ${breakCheck(siret)}`, `${siret} sans contexte`, 'SIRET 35600000049838'],
);
