/** Runs the shared recognizer contract against every default identifier recognizer. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognizerContract } from './contract.test-helper.js';
import { defaultIdentifierRecognizers } from './index.js';
import { Gen, group4 } from './lookalikes.test-helper.js';

const g = new Gen(7);
const spacedNir = (n: string) => `${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7, 10)} ${n.slice(10, 13)} ${n.slice(13)}`;
const SAMPLES: Record<string, string[]> = {
  email: ['Écrivez à jeanne.dupont@exemple.fr pour valider.', 'contact: bob_smith+news@mail.example.co.uk.'],
  phone: ['Appelez le 06 12 34 56 78 ou le +33 1 42 68 53 00.', 'Call (206) 555-0143 or +44 20 7946 0958.', 'Mobile: 737 219 628'],
  iban: [`IBAN : ${group4(g.ibanFr())} – BIC`, `account ${g.iban('DE')}`],
  'credit-card': [`carte n° ${group4(g.card('visa'))}`, `card ${g.card('mastercard')} exp 09/27`],
  'fr-nir': [`NIR ${g.nir()}`, `numéro de sécu : ${spacedNir(g.nir())}`],
  'fr-siren': [`SIREN ${g.siren()}`],
  'fr-siret': [`SIRET ${g.siret()}`, '732 829 320 00074'],
  'fr-cni': ["carte d'identité n° 880692310285"],
  'fr-passport': ['passeport n° 12AB34567'],
  'us-ssn': ['SSN: 536-22-1234'],
  'uk-nino': ['NI number AB 12 34 56 C'],
  'es-dni': [`DNI ${g.dni()}`, `NIE ${g.nie()}`],
  'it-codice-fiscale': ['codice fiscale RSSMRA85T10A562S'],
  'be-national-number': [`numéro national ${(() => { const n = g.beNrn(); return `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}-${n.slice(6, 9)}.${n.slice(9)}`; })()}`],
  ipv4: ['from 185.220.101.47 port 22'],
  ipv6: ['client 2001:db8:85a3::8a2e:370:7334 connected'],
  mac: ['wlan0 ether 3c:22:fb:9a:10:4e'],
  url: ['voir https://exemple.fr/page?id=3.'],
  username: ['login ok user=jdupont42', 'follow @marie_lc on insta'],
  'fr-license-plate': ['véhicule immatriculé AB-123-CD'],
  gps: ['position 48.85837, 2.294481'],
  credential: ['password=Sup3r$ecret!', 'key AKIAIOSFODNN7EXAMPLE'],
};

const recognizers = defaultIdentifierRecognizers();

test('every default recognizer has contract samples and a unique name', () => {
  const names = recognizers.map((r) => r.name);
  assert.equal(new Set(names).size, names.length);
  for (const n of names) assert.ok(SAMPLES[n], `contract samples for ${n}`);
});

for (const r of recognizers) recognizerContract(r, SAMPLES[r.name] ?? []);
