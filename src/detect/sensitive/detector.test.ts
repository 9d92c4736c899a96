/**
 * Behaviour of the sensitive-category detector on short synthetic texts, category by category, in French and
 * English: revealed about a person (reported) versus discussed in general, negated, hypothetical or about an
 * organisation (not reported).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Finding, Lang, SensitiveCategory } from '../../core/types.js';
import { createEngine } from '../index.js';
import { LexiconSensitiveDetector } from './detector.js';

const det = new LexiconSensitiveDetector();
const cats = (text: string, lang: Lang, entities: Finding[] = []) => det.analyze(text, lang, entities).map((f) => f.category);

type Case = [Lang, string];
function suite(category: SensitiveCategory, positives: Case[], negatives: Case[]): void {
  describe(category, () => {
    for (const [lang, text] of positives) {
      test(`reported (${lang}): ${text.slice(0, 70)}`, () => assert.ok(cats(text, lang).includes(category), `expected ${category}`));
    }
    for (const [lang, text] of negatives) {
      test(`not reported (${lang}): ${text.slice(0, 70)}`, () => assert.ok(!cats(text, lang).includes(category), `unexpected ${category}`));
    }
  });
}

suite('HEALTH', [
  ['fr', "Depuis ma chimio, je suis épuisée l'après-midi."],
  ['fr', 'Je suis diabétique depuis mes 12 ans.'],
  ['fr', 'M. Garnier est en arrêt maladie depuis le 4 mars suite à une opération du genou.'],
  ['fr', "Mon père a fait un AVC l'hiver dernier, il se remet doucement."],
  ['fr', 'Le patient présente une insuffisance rénale chronique et suit une dialyse trois fois par semaine.'],
  ['fr', "Bonjour Claire,\nVotre dossier de reconnaissance de la qualité de travailleur handicapé a été accepté."],
  ['fr', 'Mme Perrin, 54 ans, suivie pour un lymphome, reprend en mi-temps thérapeutique.'],
  ['en', 'I was diagnosed with epilepsy when I was nineteen.'],
  ['en', 'My wife is pregnant with our second child.'],
  ['en', 'The employee has been off sick with depression since January.'],
  ['en', 'Mr Okafor had a heart attack in May and is now on anticoagulants.'],
  ['en', 'she started chemo last week and her hair is already falling out'],
  ['en', '2024-03-02 INFO sync user_id=4411 cond=atrial_fibrillation alert=sent'],
  ['fr', '[2024-09-14] INFO sync: user_id=88213 diabetes_type=T1 hypoglycemia alert sent to caregiver'],
], [
  ['fr', 'Le diabète touche plus de 4 millions de Français.'],
  ['fr', "Si vous êtes asthmatique, gardez votre inhalateur sur vous."],
  ['fr', "Je n'ai pas de diabète, juste un peu de cholestérol à surveiller selon une étude récente."],
  ['fr', 'Le service de cardiologie a déménagé au 3e étage du bâtiment B.'],
  ['fr', "La clinique accueille les patients atteints de cancer du lundi au vendredi."],
  ['fr', "Santé publique France recommande la vaccination contre la grippe chaque année."],
  ['en', 'Around 5 million people in the UK are receiving treatment for asthma.'],
  ['en', 'If you have diabetes, check your feet every day.'],
  ['en', 'Cancer Research UK funds studies on new chemotherapy drugs.'],
  ['en', 'I have no history of heart disease or diabetes.'],
  ['en', 'Our clinic opens at 8am; the oncology unit is on level 2.'],
  ['en', 'Ask the Therapist: how do I tell my colleagues about my new job?'],
  ['fr', 'Le diabète de type 1 est une maladie auto-immune. Il se traite par insuline et se surveille par glycémie capillaire.'],
  ['fr', 'La ministre Claire Dufour a présenté mardi le nouveau plan cancer et la lutte contre le diabète.'],
  ['en', 'One in eight women will be diagnosed with breast cancer during their lifetime.'],
]);

suite('RELIGION', [
  ['fr', 'Je fais le ramadan cette année, je ne mange pas avant 20h.'],
  ['fr', 'Mme Cohen est de confession juive et ne travaille pas le samedi.'],
  ['fr', 'Mon fils va au catéchisme et à la messe tous les dimanches, on est catholiques pratiquants.'],
  ['fr', "L'élève mange halal : la famille est musulmane."],
  ['en', 'I was fasting for Ramadan, so I skipped the team lunch.'],
  ['en', 'As a practising Hindu, I celebrate Diwali with my family.'],
  ['en', 'He is a Sikh and wears a turban at work.'],
  ['en', 'I keep Shabbat, so please book me on the Sunday flight.'],
], [
  ['fr', 'La liberté religieuse est garantie par la loi de 1905.'],
  ['fr', "L'église Saint-Pierre sera fermée pour travaux jusqu'en mars."],
  ['fr', "Je vous prie d'agréer, Madame, mes salutations distinguées."],
  ['fr', 'Il y a environ 6 millions de musulmans en France selon une estimation.'],
  ['en', 'Religious freedom is protected by the First Amendment.'],
  ['en', 'The cathedral attracts thousands of tourists every year.'],
  ['en', 'I tried intermittent fasting for a month and lost two kilos.'],
  ['en', 'We acted in good faith when we signed the contract.'],
]);

suite('POLITICAL_OPINION', [
  ['fr', "Je suis militante à La France insoumise depuis 2017."],
  ['fr', "Ce week-end j'ai tracté pour les Verts sur le marché."],
  ['fr', 'M. Lefort, adhérent du Parti socialiste, sera tête de liste aux municipales.'],
  ['en', 'I have been a Labour party member for twenty years and I canvass every election.'],
  ['en', 'My dad voted for the Greens again, he is a lifelong environmental activist.'],
  ['en', 'Ms Harper, a Liberal Democrat councillor, spoke at the meeting.'],
], [
  ['fr', 'Au second tour, la liste du Rassemblement national obtient 23 % des suffrages exprimés.'],
  ['fr', 'La participation aux élections régionales a atteint 41 %.'],
  ['fr', 'Le parti socialiste tiendra son congrès à Marseille en juin.'],
  ['en', 'Labour leads the Conservatives by 14 points in the latest poll.'],
  ['en', 'The candidate for the data analyst role starts on Monday.'],
  ['en', 'The protest march will close roads around the city centre on Sunday.'],
]);

suite('TRADE_UNION', [
  ['fr', 'M. Bouvier est délégué syndical CGT depuis 2019.'],
  ['fr', "Je me suis syndiquée à la CFDT l'an dernier."],
  ['fr', 'Mme Roux (élue FO) demande le report du vote.'],
  ['en', 'As a CGT delegate, I attended the works council meeting.'],
  ['en', 'I joined the union last month after the pay cut.'],
  ['en', 'Ms Dale attended with her Unite workplace representative and has been a Unite member since 2010.'],
], [
  ['fr', 'La CGT appelle à la grève le 5 décembre dans les transports.'],
  ['fr', "Le syndicat des copropriétaires se réunira en assemblée générale."],
  ['en', 'The union called a strike for next Tuesday.'],
  ['en', 'The European Union adopted the regulation in 2016.'],
  ['en', 'Students union elections open on Monday.'],
]);

suite('SEXUAL_ORIENTATION', [
  ['fr', "Je suis gay et j'ai fait mon coming out à 20 ans."],
  ['fr', 'Mon frère est homosexuel, il vit avec son compagnon à Lille.'],
  ['fr', "J'ai 27 ans, je suis une fille, et ma copine et moi on vit ensemble depuis trois ans."],
  ['en', "I'm gay and my parents have known since I was sixteen."],
  ['en', 'He came out as bisexual in an interview last year.'],
  ['en', 'Mr Grabowski, who is gay, reported the comments about his husband.'],
], [
  ['fr', 'La loi ouvrant le mariage aux couples de même sexe a été promulguée en 2013.'],
  ['fr', "Je ne suis pas homosexuel, mais je soutiens la marche des fiertés."],
  ['en', 'Pride month events will take place across the city this June.'],
  ['en', 'Sexual orientation is a protected characteristic under the Equality Act.'],
  ['en', 'The human race has always told stories.'],
  ['en', 'I fixed a race condition in my worker pool last night.'],
]);

suite('ETHNIC_ORIGIN', [
  ['fr', "Je suis d'origine kabyle par mon père."],
  ['fr', "M. Traoré dénonce des allusions répétées à ses origines maliennes."],
  ['en', 'As a mixed-race woman, I am often asked where I am really from.'],
  ['en', 'Mr Mensah complained about comments on his Ghanaian heritage and racial slurs from his manager.'],
  ['en', 'He is of Hazara ethnicity and fled Afghanistan in 2021.'],
], [
  ['fr', 'Nationalité : polonaise. Langues : polonais, français.'],
  ['fr', "Ce fromage bénéficie d'une appellation d'origine contrôlée."],
  ['fr', 'Les pièces d\'origine ont été remplacées par le garage.'],
  ['en', 'Lukas is a German national living in Dublin.'],
  ['en', 'Ethnic minority groups make up 18% of the population according to the census.'],
]);

suite('GENETIC', [
  ['fr', 'On m\'a trouvé une mutation BRCA1 l\'an dernier.'],
  ['fr', 'Mme Le Gall est porteuse saine de la mucoviscidose selon son test génétique.'],
  ['en', 'I found out last month that I\'m BRCA2 positive.'],
  ['en', 'Dear Ms Hughes,\nYour genetic testing shows a pathogenic variant in the MLH1 gene.'],
  ['en', 'His DNA profile matched the sample on the national database.'],
], [
  ['fr', "L'innovation est dans notre ADN depuis 1920."],
  ['fr', 'La mucoviscidose est une maladie génétique héréditaire due au gène CFTR.'],
  ['en', 'Consumer DNA tests have become a billion-dollar industry.'],
  ['en', 'Customer service is part of our DNA.'],
]);

suite('BIOMETRIC', [
  ['fr', 'Ses empreintes digitales ont été relevées et transmises au FAED.'],
  ['fr', "Bonjour Karim,\nVotre gabarit biométrique a été enregistré sur le terminal d'accès."],
  ['en', 'Your voiceprint has been created and linked to your account, Mr Bakare.'],
  ['en', '2024-08-03 INFO auth.enroll method=fingerprint user=jdoe_77 result=success'],
  ['en', 'The appellant\'s fingerprints and a facial image were enrolled at the intake unit.'],
], [
  ['fr', 'Votre smartphone prend en charge le déverrouillage par reconnaissance faciale.'],
  ['fr', "Réduire l'empreinte carbone de l'entreprise est notre priorité."],
  ['en', 'To set up Touch ID, go to Settings and follow the instructions.'],
  ['en', 'Facial recognition in public spaces raises serious privacy concerns.'],
  ['en', 'sshd[311]: Accepted key for user=deploy, ECDSA key fingerprint SHA256:9f2c'],
  ['en', 'Browser fingerprinting lets trackers follow you across sites without cookies.'],
]);

suite('CRIMINAL_OFFENCE', [
  ['fr', 'Il a fait 2 ans de prison pour vol avec violence.'],
  ['fr', 'Le nouveau voisin sort de prison, il a été condamné pour trafic de stupéfiants.'],
  ['fr', 'M. Dubois a été placé en garde à vue pour conduite en état d\'ivresse.'],
  ['fr', 'Le prévenu a déjà été condamné en 2019 pour recel.'],
  ['en', 'He served two years for theft and got out last spring.'],
  ['en', 'Jordan Pettifer pleaded guilty to two burglaries and was sentenced to three years.'],
  ['en', 'btw Steve told me he has a conviction for drink driving'],
], [
  ['fr', 'Les cambriolages ont augmenté de 4 % en 2023 selon le ministère.'],
  ['fr', 'Le vol est puni de trois ans d\'emprisonnement et de 45 000 euros d\'amende.'],
  ['fr', 'Mon vol pour Lyon a été annulé ce matin.'],
  ['en', 'Police recorded 1.2 million theft offences in the year ending March.'],
  ['en', 'If he is convicted, he could face up to ten years.'],
  ['en', 'Please enable fraud protection on your card in the app.'],
]);

describe('evidence and scores', () => {
  test('evidence spans cover the cue words and reasons never quote the text', () => {
    const text = 'Mme Albane Quérec est suivie pour une sclérose en plaques.';
    const [f] = det.analyze(text, 'fr', []);
    assert.ok(f);
    assert.equal(f.category, 'HEALTH');
    assert.ok(f.score >= 0.55 && f.score <= 1);
    const spans = f.evidence.map((e) => text.slice(e.start, e.end));
    assert.ok(spans.includes('sclérose en plaques'));
    for (const e of f.evidence) {
      assert.ok(!e.reason.includes('Quérec') && !e.reason.includes('sclérose'), e.reason);
      assert.match(e.reason, /person link: title/);
    }
  });

  test('evidence covers every revealing sentence, so sentence removal can take them all out', () => {
    const text = 'Je suis diabétique. Il fait beau. Mon insuline est au frigo. Le match est à 18h. Ma glycémie est basse ce matin.';
    const [f] = det.analyze(text, 'fr', []);
    const spans = f!.evidence.map((e) => text.slice(e.start, e.end));
    assert.deepEqual(spans, ['diabétique', 'insuline', 'glycémie']);
  });

  test('a PERSON finding from the entity recognizers is a person link', () => {
    const text = 'Selon Albane, Quérec a une hernie discale.';
    const person: Finding = { type: 'PERSON', start: 13, end: 19, score: 0.9, recognizer: 'test', explanation: { pattern: 'x', validation: 'none' } };
    const noHeuristics = new LexiconSensitiveDetector({ nameHeuristics: false });
    assert.deepEqual(noHeuristics.analyze(text, 'fr', []).map((f) => f.category), []);
    const [f] = noHeuristics.analyze(text, 'fr', [person]);
    assert.equal(f?.category, 'HEALTH');
    assert.match(f!.evidence[0]!.reason, /PERSON finding at 13-19/);
  });

  test('more evidence raises the score; a negated cue is not evidence', () => {
    const one = det.analyze('Je suis diabétique.', 'fr', [])[0]!.score;
    const more = det.analyze('Je suis diabétique. Mon insuline me coûte cher. Ma glycémie est haute.', 'fr', [])[0]!.score;
    assert.ok(more > one);
    assert.deepEqual(cats('Je ne suis pas diabétique.', 'fr'), []);
  });

  test('a higher threshold reports less; bad options fail at construction', () => {
    const text = 'Pathologie : diabète.\nPatient : M. Roger Vidal';
    assert.ok(cats(text, 'fr').includes('HEALTH'));
    assert.deepEqual(new LexiconSensitiveDetector({ threshold: 0.95 }).analyze(text, 'fr', []), []);
    assert.throws(() => new LexiconSensitiveDetector({ threshold: 0 }), /threshold/);
    assert.throws(() => new LexiconSensitiveDetector({ maxEvidence: 0 }), /maxEvidence/);
  });

  test('documents without any cue cost nothing and report nothing', () => {
    assert.deepEqual(det.analyze('', 'other', []), []);
    assert.deepEqual(det.analyze('Facture n° 12 : 3 ramettes de papier, total 48,90 €.', 'fr', []), []);
  });

  test('createEngine runs the detector; identifiersOnly and sensitive:false skip it', () => {
    const text = "Bonjour, je suis en arrêt maladie depuis lundi à cause d'une pneumonie.";
    assert.ok(createEngine().analyze(text, { lang: 'fr' }).sensitive.some((s) => s.category === 'HEALTH'));
    assert.deepEqual(createEngine({ identifiersOnly: true }).analyze(text, { lang: 'fr' }).sensitive, []);
    assert.deepEqual(createEngine().analyze(text, { lang: 'fr', sensitive: false }).sensitive, []);
  });
});

/** Short documents of the kinds the held-out evaluation uses: exactly the expected categories, no more. */
describe('realistic documents', () => {
  const docs: [string, Lang, SensitiveCategory[], string][] = [
 ['hr1','fr',['HEALTH'],"Madame,\nSuite à votre visite de reprise du 3 juin, le médecin du travail vous a déclarée inapte à votre poste de cariste. Nous étudions les possibilités de reclassement.\nLa DRH"],
 ['hr2','en',['HEALTH'],"Dear Sam,\nFurther to your GP's fit note, we have recorded your absence from 2 to 16 May as sickness absence (migraine). Please contact HR before your return.\nKind regards"],
 ['court1','fr',['CRIMINAL_OFFENCE'],"COUR D'APPEL DE LYON – Arrêt du 4 mars 2024\nM. Yanis B. a été déclaré coupable de violences volontaires ayant entraîné une ITT de 10 jours et condamné à 8 mois d'emprisonnement avec sursis."],
 ['court2','en',['CRIMINAL_OFFENCE'],"The defendant, Mark Ellison, was found guilty of dangerous driving and disqualified for three years."],
 ['forum1','fr',['HEALTH'],"Bonjour, j'ai une endométriose sévère et on me propose une cœlioscopie. Des retours ?"],
 ['forum2','en',['RELIGION'],"Converted to Islam two years ago and my family still doesn't accept it. Any advice from other reverts?"],
 ['chat1','fr',['SEXUAL_ORIENTATION'],"tu savais que Julien est gay ? il me l'a dit hier soir"],
 ['chat2','en',['POLITICAL_OPINION'],"lol my uncle is a hardcore Trump supporter, Thanksgiving is going to be fun"],
 ['cv1','fr',['TRADE_UNION'],"Marc DELORME\nExpérience syndicale : délégué syndical Sud-Rail (2015-2021), négociation des accords d'entreprise."],
 ['cv2','en',['POLITICAL_OPINION'],"Priya Nair\nVolunteering: Campaign coordinator, Labour Party Hackney branch (2019-2022)."],
 ['news1','fr',['HEALTH'],"Le chanteur Marc Lavoine a révélé souffrir d'une dépression sévère depuis deux ans."],
 ['news2','en',['CRIMINAL_OFFENCE'],"Former mayor John Doyle was arrested on Tuesday on suspicion of bribery."],
 ['news3','fr',[],"Le gouvernement a annoncé une hausse de 5 % du budget de la santé mentale pour 2025."],
 ['news4','en',[],"The Labour government announced new funding for NHS mental health services."],
 ['log1','en',['HEALTH'],"2024-05-01T10:00:01Z api patient_id=5521 diagnosis=type2_diabetes hba1c=8.1"],
 ['log2','en',[],"2024-05-01T10:00:01Z api GET /api/v1/conditions?code=E11 200 12ms"],
 ['med1','fr',['HEALTH'],"Compte rendu de consultation – Mme Lucie Marchand, 45 ans. Motif : douleurs thoraciques. ECG normal. Conclusion : angor stable, introduction d'un bêtabloquant."],
 ['med2','en',['HEALTH','GENETIC'],"Re: Ms Amy Clarke\nHer BRCA1 result is positive and she has been referred for risk-reducing surgery."],
 ['letter1','fr',['HEALTH'],"Je soussignée, Martine Roy, sollicite un aménagement de poste en raison de ma sclérose en plaques."],
 ['letter2','en',['RELIGION'],"I am writing to request a prayer room at the office; as a Muslim I pray five times a day."],
 ['ad1','fr',[],"Vends fauteuil roulant électrique, très bon état, 800 €. Contact : 06 12 34 56 78."],
 ['ad2','en',[],"Halal butcher opening on Station Road this Saturday – free samples!"],
 ['stats1','fr',[],"Tableau 4 – Nombre d'adhérents par syndicat (CGT, CFDT, FO), 2022."],
 ['enc1','en',[],"Schizophrenia is a chronic mental disorder characterised by hallucinations and delusions. It affects about 1% of the population."],
 ['enc2','fr',[],"Le bouddhisme est une religion et une philosophie originaire d'Inde. Il compte environ 500 millions de fidèles."],
 ['email1','en',['TRADE_UNION'],"Hi Tom, as your Unison rep I'll come with you to the grievance meeting on Friday. Best, Carla"],
 ['email2','fr',['POLITICAL_OPINION'],"Salut, je serai en retard vendredi : j'ai la réunion de ma section du PCF jusqu'à 19h. Bises, Léa"],
 ['dating1','en',['SEXUAL_ORIENTATION'],"Woman seeking woman, 35, Manchester. Love books, hiking and bad puns."],
 ['police1','fr',['CRIMINAL_OFFENCE','BIOMETRIC'],"Audition de M. Karim Z., mis en cause pour recel. Ses empreintes ont été comparées au FAED : concordance positive."],
 ['admin1','fr',['ETHNIC_ORIGIN'],"M. Diallo affirme avoir été contrôlé à cause de sa couleur de peau."],
 ['hr3','en',['HEALTH'],"Note to file: Kevin disclosed that he has type 1 diabetes and may need breaks to check his blood sugar."],
 ['gen1','en',['GENETIC'],"23andMe says I'm a carrier for hemochromatosis, so I'm getting my kids tested."],
 ['bio1','en',['BIOMETRIC'],"Employee badge replaced by palm-vein scanner; Maria Lopez enrolled on 4 March."],
 ['neg1','en',[],"Our union's annual conference will discuss pensions and pay."],
 ['neg2','fr',[],"La grève des contrôleurs aériens perturbe le trafic ce week-end."],
 ['neg3','en',[],"Police are appealing for witnesses after a burglary on Elm Street."],
];
  for (const [id, lang, gold, text] of docs) {
    test(`${id}: ${gold.length ? gold.join('+') : 'nothing'}`, () => assert.deepEqual(cats(text, lang).sort(), [...gold].sort()));
  }
});
