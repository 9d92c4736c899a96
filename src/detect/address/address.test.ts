import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createEngine } from '../index.js';
import { postalAddressRecognizer, validFrPostcode } from './index.js';

/** Values (score >= 0.5, the engine's default threshold) found in a text. */
function found(text: string, lang: 'fr' | 'en' = 'fr'): string[] {
  return postalAddressRecognizer.analyze({ text, lang }).filter((f) => f.score >= 0.5).map((f) => text.slice(f.start, f.end));
}

/** Each case: the text, and the one address span expected in it. Synthetic addresses. */
const FRENCH: Array<[string, string]> = [
  ['Écrire au 12 bis, rue des Lilas, 69003 Lyon avant lundi.', '12 bis, rue des Lilas, 69003 Lyon'],
  ['Livraison : 3 allée du Parc 33000 Bordeaux', '3 allée du Parc 33000 Bordeaux'],
  ['Siège : 45, boulevard Haussmann — 75009 Paris.', '45, boulevard Haussmann — 75009 Paris'],
  ['Lieu-dit Kerhuel, 29000 Quimper', 'Lieu-dit Kerhuel, 29000 Quimper'],
  ['Envoyer à BP 42, 13001 Marseille Cedex 01 svp', 'BP 42, 13001 Marseille Cedex 01'],
  ['ACME, CS 70001, 75001 PARIS CEDEX 08', 'CS 70001, 75001 PARIS CEDEX 08'],
  ['Résidence les Tilleuls, bât. B, appt 12\n8 rue Pasteur\n97400 Saint-Denis', 'Résidence les Tilleuls, bât. B, appt 12\n8 rue Pasteur\n97400 Saint-Denis'],
  ['Domicile : 7 ter av. Jean Jaurès, 97200 Fort-de-France', '7 ter av. Jean Jaurès, 97200 Fort-de-France'],
  ['au 27 rue Kléber, 69100 Villeurbanne. Merci', '27 rue Kléber, 69100 Villeurbanne'],
  ['Yvonne LE FLOCH\n9 hameau de Ty Glas\n29000 Quimper', '9 hameau de Ty Glas\n29000 Quimper'],
  ['56 rue de la République, appartement 12, 17300 Rochefort', '56 rue de la République, appartement 12, 17300 Rochefort'],
  ['12 rue du 8 Mai 1945, 97200 Fort-de-France', '12 rue du 8 Mai 1945, 97200 Fort-de-France'],
  ['Atelier au 14 impasse des Forges, ZI de la Plaine', '14 impasse des Forges'],
  ['quai: 2 quai de la Fosse 44000 Nantes, France', '2 quai de la Fosse 44000 Nantes, France'],
  ['ZA du Moulin, 35510 Cesson-Sévigné', 'ZA du Moulin, 35510 Cesson-Sévigné'],
  ['Salle des fêtes, 4 rue du Moulin, 37530 Nazelles-Négron. clés', '4 rue du Moulin, 37530 Nazelles-Négron'],
  ['Rue de la Loi 16, 1040 Bruxelles', 'Rue de la Loi 16, 1040 Bruxelles'],
  ['5 chemin de la croix, 84000 Avignon', '5 chemin de la croix, 84000 Avignon'],
  ['rue Victor Hugo, 75016 Paris', 'rue Victor Hugo, 75016 Paris'],
  ['Résidence les Tilleuls, bât. B, appt 12 (code 1234)', 'Résidence les Tilleuls, bât. B, appt 12'],
  ['8 rue Pasteur, bât. B, esc. 2, appt 12, 97400 Saint-Denis', '8 rue Pasteur, bât. B, esc. 2, appt 12, 97400 Saint-Denis'],
  ['Cabinet : 3 av. du Mal. Foch, 06000 Nice', '3 av. du Mal. Foch, 06000 Nice'],
  ['au 12 rue Foch. Merci', '12 rue Foch'],
  ['12 place de l\'Église 21000 Dijon', '12 place de l\'Église 21000 Dijon'],
];

const ENGLISH: Array<[string, string]> = [
  ['He lives at 221B Baker Street, London NW1 6XE, UK.', '221B Baker Street, London NW1 6XE, UK'],
  ['The White House, 1600 Pennsylvania Ave NW, Washington, DC 20500', '1600 Pennsylvania Ave NW, Washington, DC 20500'],
  ['Ship to Apt 4B, 350 Fifth Avenue, New York, NY 10118-0110 please', 'Apt 4B, 350 Fifth Avenue, New York, NY 10118-0110'],
  ['Send it to 1 Grand Canal Square, Dublin 2, D02 P820, Ireland', '1 Grand Canal Square, Dublin 2, D02 P820, Ireland'],
  ['Address: 62 Kingsway, Manchester M19 2LL', '62 Kingsway, Manchester M19 2LL'],
  ['Same address, Flat 2, 19 Alum Rock Road, Birmingham B8 1JB?', 'Flat 2, 19 Alum Rock Road, Birmingham B8 1JB'],
  ['from the owner of 1142 Sycamore Lane (solar panels)', '1142 Sycamore Lane'],
  ['Write to 12 Main St., St. Louis, MO 63101', '12 Main St., St. Louis, MO 63101'],
  ['Viewing at 47 Hawthorn Road. No dealers.', '47 Hawthorn Road'],
  ['Write to 12 Main, Springfield, IL 62704 now', '12 Main, Springfield, IL 62704'],
  ['Mail: 123 Main St Springfield IL 62704 thanks', '123 Main St Springfield IL 62704'],
  ["i'm at 9 Carlton Terrace, Kendal, Cumbria LA9 4DX", '9 Carlton Terrace, Kendal, Cumbria LA9 4DX'],
  ['Unit 3, 14 Fishers Lane, London W4 1RX', 'Unit 3, 14 Fishers Lane, London W4 1RX'],
  ['Office: 10 Downing Street, London SW1A 2AA', '10 Downing Street, London SW1A 2AA'],
  ['PSC 3294, Box 9168\nAPO AA 61487', 'PSC 3294, Box 9168\nAPO AA 61487'],
  ['CPS, 111 Market Place Ste 500 Baltimore,MD 21202 Phone', '111 Market Place Ste 500 Baltimore,MD 21202'],
  ['his address is 45 Eglinton Road, Donnybrook, Dublin 4, D04 X285', '45 Eglinton Road, Donnybrook, Dublin 4, D04 X285'],
  ['Hauptstraße 5, 10115 Berlin, Germany', 'Hauptstraße 5, 10115 Berlin, Germany'],
  ['Calle Mayor 5, 28013 Madrid', 'Calle Mayor 5, 28013 Madrid'],
  ['lives at Koskikatu 25 Apt. 864, Oulu', 'Koskikatu 25 Apt. 864'],
  ['i live at 221b baker street', '221b baker street'],
];

const NOT_ADDRESSES = [
  'La rue Victor Hugo est très animée le samedi.',
  "Conformément à l'article 12 du code civil, et à l'article L133-18 du Code monétaire.",
  'Il reste 2 places pour le cours de 18h. Prix : 12 € la place.',
  'Elle a 5 cours de maths et 3 cours de physique.',
  'Les 2 rues principales sont fermées, 3 routes barrées.',
  'Le 14 juillet place de la Concorde, défilé à 10h.',
  'Lyon, Paris et Marseille sont de grandes villes; 75000 habitants.',
  'In 2019 Park Street was closed for repairs.',
  'The 3 Supreme Court judges dissented.',
  'We walked 5 miles down the road.',
  'Order #12345 shipped to Paris on 12/03/2024 for 49.99 EUR.',
  'Facture 2024-118 : 826,00 € TTC, échéance 15 décembre 2024.',
  'via email 5 times',
  'Il habite à 2 rue de là, et moi 3 rue de chez lui.',
  'Le chemin de fer 12 fois.',
  'Version 2.3.1 released; see section 4 Road map.',
  'See Chapter 12 Suite 3 of the score.',
  'Il habite à 2 rues de là.',
];

describe('POSTAL_ADDRESS, French', () => {
  for (const [text, span] of FRENCH) {
    it(`finds ${JSON.stringify(span)}`, () => assert.deepEqual(found(text), [span]));
  }
  it('reports the subtype FR and a validated postcode', () => {
    const [f] = postalAddressRecognizer.analyze({ text: '3 allée du Parc 33000 Bordeaux', lang: 'fr' });
    assert.equal(f?.subtype, 'FR');
    assert.equal(f?.explanation.validation, 'valid');
  });
  it('keeps a numbered street without postcode weaker than with one', () => {
    const [a] = postalAddressRecognizer.analyze({ text: 'au 4 rue du Moulin demain', lang: 'fr' });
    const [b] = postalAddressRecognizer.analyze({ text: 'au 4 rue du Moulin, 37530 Nazelles-Négron demain', lang: 'fr' });
    assert.ok(a && b && a.score < b.score);
  });
  it('keeps a lower-case street name after an unambiguous street type', () => {
    assert.deepEqual(found('jsuis au 36 rue de pologne ce soir'), ['36 rue de pologne']);
  });
  it('needs a context word to keep a lower-case name after "cours", "place"', () => {
    assert.deepEqual(found("j'ai 5 cours de maths"), []);
    assert.deepEqual(found('adresse : 5 cours de la liberté'), ['5 cours de la liberté']);
  });
  it('validates French postcodes (departments, overseas)', () => {
    for (const ok of ['75009', '01000', '20000', '97400', '97133', '98800']) assert.ok(validFrPostcode(ok), ok);
    for (const bad of ['00100', '96000', '99000', '97900', '1234']) assert.ok(!validFrPostcode(bad), bad);
  });
  it('does not take a city alone, or a postcode and city alone', () => {
    assert.deepEqual(found('Rendez-vous à Lyon, 69003 Lyon ou Paris.'), []);
  });
  it('reads no-break spaces and CRLF line ends as separators, offsets unchanged', () => {
    const text = 'Siège\u00a0: 12\u00a0bis, rue des Lilas\r\n69003\u202fLyon';
    assert.deepEqual(found(text), ['12\u00a0bis, rue des Lilas\r\n69003\u202fLyon']);
  });
  it('keeps two streets without postcode on consecutive lines apart', () => {
    assert.deepEqual(found('12 rue des Lilas\n14 rue des Roses'), ['12 rue des Lilas', '14 rue des Roses']);
  });
  it('keeps two addresses on consecutive lines apart', () => {
    const text = '12 rue des Lilas, 69003 Lyon\n14 rue des Roses, 69004 Lyon';
    assert.deepEqual(found(text), ['12 rue des Lilas, 69003 Lyon', '14 rue des Roses, 69004 Lyon']);
  });
});

describe('POSTAL_ADDRESS, English and other', () => {
  for (const [text, span] of ENGLISH) {
    it(`finds ${JSON.stringify(span)}`, () => {
      const got = text.startsWith('i live') ? found(text, 'en') : found(text, 'en');
      assert.deepEqual(got, [span]);
    });
  }
  it('does not read a plural noun as a unit line', () => {
    assert.deepEqual(found('Total: 3 Park Avenue apartments sold', 'en'), ['3 Park Avenue']);
  });
  it('tags the country from the postcode form', () => {
    const sub = (t: string) => postalAddressRecognizer.analyze({ text: t, lang: 'en' })[0]?.subtype;
    assert.equal(sub('221B Baker Street, London NW1 6XE'), 'GB');
    assert.equal(sub('1600 Pennsylvania Ave NW, Washington, DC 20500'), 'US');
    assert.equal(sub('1 Grand Canal Square, Dublin 2, D02 P820'), 'IE');
  });
  it('checks the full UK postcode format', () => {
    // "Q" cannot start a postcode, "C" cannot end one: the street stays, the postcode is not taken.
    assert.deepEqual(found('27 Elmfield Crescent, Leeds QS6 2QT', 'en'), ['27 Elmfield Crescent']);
    assert.deepEqual(found('27 Elmfield Crescent, Leeds LS6 2QC', 'en'), ['27 Elmfield Crescent']);
  });
});

describe('POSTAL_ADDRESS, negatives', () => {
  for (const text of NOT_ADDRESSES) {
    it(`finds nothing in ${JSON.stringify(text.slice(0, 50))}`, () => {
      assert.deepEqual(found(text), []);
      assert.deepEqual(found(text, 'en'), []);
    });
  }
  it('finds nothing in a text with no digit at all', () => {
    assert.deepEqual(found('rue des Lilas, Lyon, avenue Foch, Baker Street'), []);
  });
});

describe('POSTAL_ADDRESS, adversarial input (completes, linear)', () => {
  const cases: Record<string, string> = {
    'street words': '1 rue '.repeat(40_000),
    'capitalised names': `12 rue ${'De La '.repeat(40_000)}`,
    'postcodes and cities': '75001 Paris '.repeat(20_000),
    'separators': `12 rue des Lilas${', \n'.repeat(70_000)}`,
    'english names': `${'12 Baker '.repeat(25_000)}Street`,
    'digits': '1'.repeat(200_000),
    'units': 'Apt 4B, '.repeat(30_000),
    'uk postcodes': 'SW1A 2AA '.repeat(25_000),
    'city lists after a street': `12 Baker Street, ${'Aaa, '.repeat(40_000)}`,
    'capitalised words after postcodes': `75001 ${'Paris '.repeat(40_000)}`,
    'house numbers and names': '12 Rue 14 Baker 16 Via '.repeat(9_000),
    'no-break spaces': '12\u00a0rue\u00a0'.repeat(30_000),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`200 KB of ${name}`, () => {
      assert.ok(text.length >= 200_000);
      const res = postalAddressRecognizer.analyze({ text, lang: 'fr' });
      assert.ok(Array.isArray(res));
      for (const f of res) assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end);
    });
  }
});

describe('POSTAL_ADDRESS, any input', () => {
  it('returns well-formed findings for arbitrary text (property)', () => {
    const alphabet = fc.constantFrom(...'0123456789 ,\n\t-–—.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèÉ\'’#/'.split(''),
      '12 ', 'rue ', 'bis ', 'Street ', 'Road ', 'Lane ', 'Apt 4', 'BP 42', '75009 ', 'Paris', 'NW1 6XE', 'CEDEX ',
      ', DC 20500', 'Hauptstraße ', 'Via ', 'Lieu-dit ', 'Résidence ', 'PSC 1234, Box 12 APO AA 12345');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      for (const f of postalAddressRecognizer.analyze({ text, lang: 'fr' })) {
        assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length);
        assert.ok(f.score >= 0 && f.score <= 1);
        assert.equal(f.type, 'POSTAL_ADDRESS');
        // Explanations name patterns and context words, never the value.
        assert.ok(!JSON.stringify(f.explanation).includes(text.slice(f.start, f.end)) || f.end - f.start < 4);
      }
    }), { numRuns: 300, seed: 7 });
  });
});

describe('POSTAL_ADDRESS in the default engine', () => {
  it('is registered and reported with offsets into the text', () => {
    const text = 'Merci de livrer au 12 bis, rue des Lilas, 69003 Lyon.';
    const r = createEngine().analyze(text, { lang: 'fr' });
    const a = r.entities.find((e) => e.type === 'POSTAL_ADDRESS');
    assert.ok(a);
    assert.equal(text.slice(a.start, a.end), '12 bis, rue des Lilas, 69003 Lyon');
    assert.equal(a.recognizer, 'postal-address');
  });
  it('survives the other default recognizers (names, places) on a whole letter', () => {
    const text = 'Jean Dupont\n12 bis, rue Victor Hugo\n69003 Lyon\n\nLyon, le 4 mars 2024\nMadame Martin,\n'
      + 'je vous écris au sujet de mon dossier. Né le 12/03/1985 à Lyon, je réside au 12 bis, rue Victor Hugo.\n'
      + 'Tel: 06 12 34 56 78. Cordialement, Jean Dupont';
    const r = createEngine().analyze(text, { lang: 'fr' });
    const values = (type: string) => r.entities.filter((e) => e.type === type).map((e) => text.slice(e.start, e.end));
    assert.deepEqual(values('POSTAL_ADDRESS'), ['12 bis, rue Victor Hugo\n69003 Lyon', '12 bis, rue Victor Hugo']);
    assert.deepEqual(values('DATE_OF_BIRTH'), ['12/03/1985']);
  });
  it('is left out of the identifiers-only engine', () => {
    const r = createEngine({ identifiersOnly: true }).analyze('12 rue des Lilas, 69003 Lyon', { lang: 'fr' });
    assert.equal(r.entities.filter((e) => e.type === 'POSTAL_ADDRESS').length, 0);
  });
});
