import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createEngine } from '../index.js';
import { wholeDate } from './dates.js';
import { dateOfBirthRecognizer } from './index.js';

function found(text: string): string[] {
  return dateOfBirthRecognizer.analyze({ text, lang: 'fr' }).filter((f) => f.score >= 0.5).map((f) => text.slice(f.start, f.end));
}

/** Each case: the text and the birth dates expected in it. Synthetic people. */
const POSITIVES: Array<[string, string[]]> = [
  ['Mme Gwen TANGUY, née le 9 février 1979, domiciliée à Brest', ['9 février 1979']],
  ['Né le 22/04/1996 à Créteil', ['22/04/1996']],
  ['née le 03/04/1990', ['03/04/1990']],
  ['Date de naissance : 12.03.1985', ['12.03.1985']],
  ['date de naissance\n27/08/2015', ['27/08/2015']],
  ['DDN 01/02/1950 — allergies : aucune', ['01/02/1950']],
  ['né(e) le 1er mars 1985', ['1er mars 1985']],
  ['né en 1985 à Lyon', ['1985']],
  ['KACZMAREK Dawid, né le 05/01/2002 à Lille (59)', ['05/01/2002']],
  ['né à Piré, le 30 mai 1872', ['30 mai 1872']],
  ['DOB: 1985-03-12', ['1985-03-12']],
  ['Re: Mr Declan O\'Sullivan, DOB 14/08/1971', ['14/08/1971']],
  ['D.O.B. 3-7-88', ['3-7-88']],
  ['born on March 12, 1985', ['March 12, 1985']],
  ['Gordon Ashworth-Byrne (born 11 February 1958) was', ['11 February 1958']],
  ['Please confirm your date of birth, which we have as 4 September 1989, and your address', ['4 September 1989']],
  ['born on the 4th of July, 1990', ['4th of July, 1990']],
  ['Date of Birth: Dec. 3, 1975', ['Dec. 3, 1975']],
  ['my birthday is 12th March', ['12th March']],
  ['he was born in 1962', ['1962']],
  ['{"name":"Ada","dob":"1985-03-12","city":"Paris"}', ['1985-03-12']],
  ['birth_date=1999/12/31', ['1999/12/31']],
  ['Ada Lovelace (b. 10 December 1815) was', ['10 December 1815']],
  ['née en mars 1985 à Brest', ['mars 1985']],
  ['he was born in March 1985', ['March 1985']],
  ['Gordon Ashworth (born 1958) is', ['1958']],
  ['Naissance : 1985', ['1985']],
  ['Date de naiss. : 12/03/1985', ['12/03/1985']],
  ["Please tell me your date of birth. It's 6/24/1991", ['6/24/1991']],
  ["what's your DOB?\n03/04/1990", ['03/04/1990']],
  ['née le 12\u00a0mars\u00a01985', ['12\u00a0mars\u00a01985']],
  ['DUPONT Jean, NE LE 12/03/1985 A LYON', ['12/03/1985']],
  ['Mme X nee le 3 mai 1970', ['3 mai 1970']],
  ['{"dateOfBirth": "1985-03-12", "dateNaissance": "12/03/1985"}', ['1985-03-12', '12/03/1985']],
  ['<dob>1985-03-12</dob>', ['1985-03-12']],
  ['Date of birth / Date de naissance : 12/03/1985', ['12/03/1985']],
  ['DOB (dd/mm/yyyy): 12/03/1985', ['12/03/1985']],
  ['Grace Hopper (b. 1906)', ['1906']],
  ['né(e) le : 12/03/1985', ['12/03/1985']],
  ['Lieu et date de naissance : Lyon, 12/03/1985', ['12/03/1985']],
];

const NEGATIVES = [
  'Réunion le 12/03/2024. Facture du 3 mars 2023.',
  'Je ne suis pas venu le 12/03/2024.',
  'Je ne sais pas, le 12/03/2024 peut-être.',
  'Le nouveau-né le 12/03/2024 pesait 3 kg.',
  'Il est né. Le 12 mars 2020 il a déménagé.',
  'Date of birth required. Today is 12/03/2024.',
  'Le projet est né le 3 mars 2020 à Lyon.',
  'La société est née le 1er avril 1999.',
  "L'association, née en 1985, fête ses 40 ans.",
  'The band was born in 1985 in Leeds.',
  'born and raised in Leeds, moved on 12 March 2010',
  'Date of birth: ____   Date of issue: 12/03/2020',
  'Date de naissance : voir pièce jointe. Date d\'expiration : 01/01/2030',
  'The newborn was discharged on 5 May 2021.',
  'First-born son arrived 2 June 2019',
  'Born to Run came out in 1975.',
  'DOB field left empty; updated 2024-01-03 by admin',
  'Invoice issued 15 November 2024, due 15 December 2024.',
  'née le 31/13/1990',
  'Happy birthday Sam! See you at the party on 12/03/2024',
  'Plan B. 12 March 2020 was the deadline.',
  'born to run, recorded in March 1975 with friends',
  'Date de naissance du projet : 2019',
  'He was born and raised in a small village, and on 3 May 2001 he left.',
];

describe('DATE_OF_BIRTH: birth phrases, French and English', () => {
  for (const [text, dates] of POSITIVES) {
    it(`finds ${dates.join(', ')} in ${JSON.stringify(text.slice(0, 45))}`, () => assert.deepEqual(found(text), dates));
  }
  it('scores a bare year lower than a full date', () => {
    const [year] = dateOfBirthRecognizer.analyze({ text: 'né en 1985', lang: 'fr' });
    const [full] = dateOfBirthRecognizer.analyze({ text: 'né le 3 mars 1985', lang: 'fr' });
    assert.ok(year && full && year.score < full.score);
  });
  it('explains which phrase gave the birth context', () => {
    const [f] = dateOfBirthRecognizer.analyze({ text: 'Date de naissance : 12.03.1985', lang: 'fr' });
    assert.deepEqual(f?.explanation.context, ['date de naissance']);
    assert.equal(f?.explanation.pattern, 'phrase-num');
  });
});

describe('DATE_OF_BIRTH: dates without birth context are not reported', () => {
  for (const text of NEGATIVES) {
    it(`nothing in ${JSON.stringify(text.slice(0, 50))}`, () => assert.deepEqual(found(text), []));
  }
});

describe('DATE_OF_BIRTH: table columns', () => {
  it('takes every date under a birth-date header (CSV ;)', () => {
    const csv = 'id;nom;date_naissance;email\n1;DUPONT;1958-07-21;a@b.fr\n2;MARTIN;21/07/1958;\n\nExport du 04/10/2024';
    assert.deepEqual(found(csv), ['1958-07-21', '21/07/1958']);
  });
  it('handles quoted CSV, TSV and pipe tables', () => {
    assert.deepEqual(found('"id","dob","plan"\n"1","1987-03-22","Gold"'), ['1987-03-22']);
    assert.deepEqual(found('id\tbirth_date\tplan\n1\t03/22/1987\tGold'), ['03/22/1987']);
    assert.deepEqual(found('| Name | Date of birth |\n|---|---|\n| Ann | 12 March 1980 |'), ['12 March 1980']);
  });
  it('ignores other date columns and rows with a different cell count', () => {
    const csv = 'id,signup_date,dob\n1,2024-01-02,1990-05-06\n2,"Smith, J",2024-01-02,1990-05-06';
    assert.deepEqual(found(csv), ['1990-05-06']);
  });
  it('skips the 1900-01-01 placeholder of unknown dates', () => {
    assert.deepEqual(found('id;date_naissance\n1;1958-07-21\n2;1900-01-01'), ['1958-07-21']);
  });
  it('stops at the blank line that ends the table', () => {
    assert.deepEqual(found('id,dob\n1,1990-05-06\n\n2,1991-05-06'), ['1990-05-06']);
  });
});

describe('date forms', () => {
  it('recognises whole dates in FR and EN writings', () => {
    for (const d of ['1985-03-12', '12/03/1985', '12.03.85', '12-03-1985', '1er mars 1985', '12 mars 1985', '3 févr. 1985',
      'March 12, 1985', '12th March 1985', '12 March', 'Mar. 12 1985', '1985/03/12']) {
      assert.ok(wholeDate(d), d);
    }
  });
  it('rejects impossible days and months', () => {
    for (const d of ['32/01/1985', '13/13/1985', '1985-13-01', '1985-02-32', '0 mars 1985', '2/2']) assert.equal(wholeDate(d), null, d);
  });
});

describe('DATE_OF_BIRTH: adversarial input (completes)', () => {
  const cases: Record<string, string> = {
    'birth phrases': 'née le '.repeat(30_000),
    'phrases and digits': 'DOB 12/'.repeat(30_000),
    'month names': 'born 12 mars '.repeat(20_000),
    'csv header and rows': `id,dob\n${'1,12/03/1985\n'.repeat(16_000)}`,
    'separators in a table': `dob;${';'.repeat(200_000)}`,
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`200 KB of ${name}`, () => {
      assert.ok(text.length >= 200_000);
      const res = dateOfBirthRecognizer.analyze({ text, lang: 'fr' });
      for (const f of res) assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end);
    });
  }
});

describe('DATE_OF_BIRTH, any input', () => {
  it('returns well-formed findings for arbitrary text (property)', () => {
    const alphabet = fc.constantFrom(...'0123456789 /.-,:;\n\t"()abcdefghijklmnopqrstuvwxyzé'.split(''),
      'né le ', 'née en ', 'DOB ', 'born ', 'date de naissance', 'date_naissance;', 'dob,', 'birthday ', 'b. ',
      '12 mars ', 'March 12, ', '1985', '1er ', 'of July ', '12/03/85');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      for (const f of dateOfBirthRecognizer.analyze({ text, lang: 'fr' })) {
        assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length);
        assert.ok(f.score > 0 && f.score <= 1);
        assert.ok(wholeDate(text.slice(f.start, f.end)), 'the span is a date');
      }
    }), { numRuns: 300, seed: 11 });
  });
});

describe('DATE_OF_BIRTH in the default engine', () => {
  it('is registered; the span is the date only', () => {
    const text = 'Patient : Moussa SYLLA, né le 18/03/2006, vu ce jour.';
    const dob = createEngine().analyze(text, { lang: 'fr' }).entities.find((e) => e.type === 'DATE_OF_BIRTH');
    assert.ok(dob);
    assert.equal(text.slice(dob.start, dob.end), '18/03/2006');
    assert.equal(dob.recognizer, 'date-of-birth');
  });
});
