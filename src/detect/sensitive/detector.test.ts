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
  ['en', 'Asthma: using your inhalers correctly\nShake the inhaler and breathe out gently.'],
  ['en', 'Ask the Therapist: how do I tell my colleagues about my new job?'],
  ['fr', 'Le diabète de type 1 est une maladie auto-immune. Il se traite par insuline et se surveille par glycémie capillaire.'],
  ['fr', 'Mon chat est diabétique depuis deux ans, le vétérinaire lui fait des piqûres d\'insuline.'],
  ['en', 'My dog had surgery on his hip last week and is recovering well.'],
  ['fr', 'La ministre Claire Dufour a présenté mardi le nouveau plan cancer et la lutte contre le diabète.'],
  ['fr', "J'ai lu un article passionnant sur le cancer du pancréas hier soir."],
  ['en', 'I work as a cancer nurse at the Royal Infirmary.'],
  ['en', 'I watched a documentary about schizophrenia last night.'],
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
  ['fr', 'Sébastien Morvan · 12 mai\nDix ans aujourd\'hui ! Mon mari et moi, on s\'est rencontrés sur un chantier.'],
  ['en', 'Hi all, my husband and I are hosting drinks on Saturday, bring a friend!\nCheers, Tom'],
  ['en', 'He came out as bisexual in an interview last year.'],
  ['en', 'Mr Grabowski, who is gay, reported the comments about his husband.'],
], [
  ['fr', 'La loi ouvrant le mariage aux couples de même sexe a été promulguée en 2013.'],
  ['fr', "Je ne suis pas homosexuel, mais je soutiens la marche des fiertés."],
  ['en', 'Pride month events will take place across the city this June.'],
  ['fr', 'Paul,\nMon mari et moi serons ravis de vous accueillir samedi.\nBises, Hélène'],
  ['fr', 'Sophie Martin · 3 juin\nMon mari et moi fêtons nos dix ans de mariage.'],
  ['en', 'Dear Mark,\nMy husband and I would love to join you on Saturday.'],
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
  ['en', 'Equal opportunities form – Ethnicity: Black British (Caribbean). Religion: none.'],
], [
  ['fr', 'Nationalité : polonaise. Langues : polonais, français.'],
  ['fr', "Ce fromage bénéficie d'une appellation d'origine contrôlée."],
  ['fr', 'Les pièces d\'origine ont été remplacées par le garage.'],
  ['en', 'Lukas is a German national living in Dublin.'],
  ['en', 'Monitoring form – Ethnicity: prefer not to say. Religion: none.'],
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

  test('createEngine hands person links to the registered PERSON recognizer, without capitalised-name guessing', () => {
    const text = 'Sophie Martin a une hernie discale.';
    const found = createEngine().analyze(text, { lang: 'fr' }).sensitive.find((f) => f.category === 'HEALTH');
    assert.ok(found);
    assert.match(found.evidence[0]!.reason, /PERSON finding/);
    // The same detector without the heuristics and without PERSON findings sees nobody in that sentence.
    assert.deepEqual(new LexiconSensitiveDetector({ nameHeuristics: false }).analyze(text, 'fr', []), []);
    assert.ok(new LexiconSensitiveDetector().analyze(text, 'fr', []).some((f) => f.category === 'HEALTH'));
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

/** More documents: job ads, privacy notices, policy reminders, product texts (nothing) and indirect mentions. */
describe('realistic documents, second batch', () => {
  const docs: [string, Lang, SensitiveCategory[], string][] = [
 ['n1','fr',[],"Offre d'emploi – Infirmier(e) en oncologie H/F. Le service accueille des patients atteints de cancers digestifs. Poste ouvert aux personnes en situation de handicap."],
 ['n2','en',[],"Job advert: Staff Nurse, Cardiology. You will care for patients recovering from heart surgery. We welcome applications from disabled candidates."],
 ['n3','fr',[],"Politique de confidentialité : nous ne collectons aucune donnée de santé, d'origine ethnique ou d'opinion politique."],
 ['n4','en',[],"Privacy notice: we may process special category data such as health, religion or trade union membership where the law allows."],
 ['n5','fr',[],"Le tribunal correctionnel juge les délits punis d'une peine d'emprisonnement de moins de dix ans."],
 ['n6','en',[],"Fingerprint sensors on laptops have improved a lot; the new model unlocks in 0.3 seconds."],
 ['n7','fr',[],"Recette : pain sans gluten, idéal pour les personnes intolérantes au gluten ou cœliaques."],
 ['n8','en',[],"The church hall is available for hire on weekdays; contact the parish office for rates."],
 ['n9','fr',[],"Manifestation contre la réforme des retraites : 250 000 personnes selon la CGT, 80 000 selon la police."],
 ['n10','en',[],"Strike ballots at three Royal Mail depots closed on Friday, the CWU said."],
 ['n11','fr',[],"Rappel : les arrêts maladie doivent être transmis sous 48 heures à la CPAM."],
 ['n12','en',[],"Patients with asthma should carry their reliever inhaler at all times."],
 ['n13','fr',[],"Le test ADN permet d'identifier l'auteur d'un crime dans 60 % des affaires élucidées."],
 ['n14','en',[],"Our new smartwatch tracks your heart rate, sleep and blood oxygen."],
 ['n15','fr',[],"Bonjour, je voudrais réserver une table pour quatre personnes samedi soir. Merci, Julie"],
 ['p1','fr',['HEALTH'],"Bonjour Docteur, je vous écris car mes crises d'épilepsie sont revenues depuis que j'ai arrêté le traitement."],
 ['p2','en',['HEALTH'],"Hi team, just letting you know I'll be off for two weeks after my surgery on Monday. Thanks, Dan"],
 ['p3','fr',['CRIMINAL_OFFENCE'],"Extrait du casier judiciaire de M. Paul Renard : condamnation du 12/03/2019 pour conduite sous l'emprise de stupéfiants."],
 ['p4','en',['CRIMINAL_OFFENCE'],"Tenant reference: applicant disclosed an unspent conviction for shoplifting (2022)."],
 ['p5','fr',['RELIGION'],"Notre fille fera sa première communion le 12 mai à l'église Saint-Joseph, vous êtes invités !"],
 ['p6','en',['ETHNIC_ORIGIN'],"Equal opportunities form – Ethnicity: Black British (Caribbean). Religion: none."],
 ['p7','fr',['POLITICAL_OPINION'],"Mon grand-père était communiste et il n'a jamais raté une fête de l'Huma."],
 ['p8','en',['TRADE_UNION'],"Meeting notes: Jo (NEU rep) raised the workload issue on behalf of staff."],
 ['p9','fr',['BIOMETRIC'],"Bonjour M. Leroy, votre empreinte vocale a bien été enregistrée pour l'authentification téléphonique."],
 ['p10','en',['GENETIC'],"My DNA results came back: 40% Irish, and a cousin I never knew about."],
 ['p11','fr',['SEXUAL_ORIENTATION'],"Elle m'a avoué qu'elle était lesbienne, je suis contente pour elle."],
 ['p12','en',['HEALTH'],"Resident: Mrs Doreen Hall, Room 12. Care plan: dementia, diabetic diet, mobility with frame."],
 ['p13','fr',['HEALTH'],"Absences de l'élève Tom Girard : hospitalisé du 3 au 10 février (appendicite)."],
 ['p14','en',['CRIMINAL_OFFENCE'],"[10:14] kev: mate my brother got nicked last night for possession, he's in a cell in Salford"],
 ['p15','fr',['TRADE_UNION','HEALTH'],"Convocation – M. Ahmed Saïdi, délégué syndical FO, actuellement en arrêt de travail, est convié à la réunion du CSE."],
];
  for (const [id, lang, gold, text] of docs) {
    test(`${id}: ${gold.length ? gold.join('+') : 'nothing'}`, () => assert.deepEqual(cats(text, lang).sort(), [...gold].sort()));
  }
});

/** Everyday phrasings of each category through the full engine (names model included). */
describe('everyday phrasings, full engine', () => {
  const engine = createEngine();
  const docs: [string, Lang, SensitiveCategory[], string][] = [
 ['po1','fr',['POLITICAL_OPINION'],"Moi j'ai toujours voté à gauche, et je ne vais pas changer maintenant."],
 ['po2','fr',['POLITICAL_OPINION'],"Mon beau-père est encarté chez Les Républicains depuis trente ans."],
 ['po3','en',['POLITICAL_OPINION'],"I'm a lifelong Tory voter but I can't back them this time."],
 ['po4','en',['POLITICAL_OPINION'],"She's a staunch Republican and a delegate to the state convention."],
 ['po5','en',['POLITICAL_OPINION'],"I marched with Extinction Rebellion in London last spring."],
 ['po6','fr',['POLITICAL_OPINION'],"J'étais gilet jaune en 2018, tous les samedis sur le rond-point."],
 ['po7','fr',['POLITICAL_OPINION'],"Je vote écolo depuis toujours."],
 ['po8','en',['POLITICAL_OPINION'],"As a socialist, I believe housing is a right."],
 ['re1','fr',['RELIGION'],"Je suis athée mais ma femme est croyante, on a fait baptiser les enfants."],
 ['re3','fr',['RELIGION'],"Pendant le carême je ne mange pas de viande le vendredi."],
 ['re4','en',['RELIGION'],"My mum goes to Mass every Sunday at St Mary's."],
 ['re5','fr',['RELIGION'],"Mon collègue porte la kippa au bureau et personne ne dit rien."],
 ['re6','en',['RELIGION'],"Aisha started wearing the hijab this year."],
 ['et1','fr',['ETHNIC_ORIGIN'],"Je suis métisse, père sénégalais et mère normande."],
 ['et3','fr',['ETHNIC_ORIGIN'],"Le suspect est décrit comme un homme de type nord-africain, 1m80."],
 ['et5','en',['ETHNIC_ORIGIN'],"As a Black woman in tech, I've often been the only one in the room."],
 ['tu1','fr',['TRADE_UNION'],"Je suis adhérent à la CGT depuis 1998."],
 ['tu2','en',['TRADE_UNION'],"I'm the Unite convenor at the plant."],
 ['he1','fr',['HEALTH'],"J'ai attrapé le covid la semaine dernière, je suis encore à plat."],
 ['he2','en',['HEALTH'],"I've been on antidepressants for three years now."],
 ['he3','fr',['HEALTH'],"Ma sœur est autiste et elle vient d'avoir son bac !"],
 ['he4','en',['HEALTH'],"My son has type 1 diabetes and uses a pump."],
 ['cr1','fr',['CRIMINAL_OFFENCE'],"Mon cousin a pris du sursis pour une bagarre devant une boîte."],
 ['cr2','en',['CRIMINAL_OFFENCE'],"He's on probation after a conviction for assault."],
 ['ge1','fr',['GENETIC'],"Mon test ADN a révélé que je suis porteuse du gène de la mucoviscidose."],
 ['bi1','fr',['BIOMETRIC'],"J'ai enregistré mon empreinte digitale pour déverrouiller mon téléphone."],
 ['so1','en',['SEXUAL_ORIENTATION'],"My girlfriend and I have been together five years; I'm a woman too, obviously."],
  ];
  for (const [id, lang, gold, text] of docs) {
    test(`${id}: ${gold.join('+')}`, () => assert.deepEqual(engine.analyze(text, { lang }).sensitive.map((f) => f.category).sort(), [...gold].sort()));
  }
});

/** Officials and experts named while they speak about a topic are speakers, not subjects. */
describe('named speakers, full engine', () => {
  const engine = createEngine();
  const docs: [string, Lang, SensitiveCategory[], string][] = [
 ['n1','fr',[],"Le ministre de la Santé, François Braun, a annoncé un plan contre le diabète et l'obésité."],
 ['n2','en',[],"Health Secretary Wes Streeting announced new funding for cancer screening."],
 ['n3','fr',[],"Selon le professeur Martin Hirsch, la dépression est la première cause d'invalidité dans le monde."],
 ['n4','en',[],"Dr Sarah Jarvis explains the symptoms of diabetes and how it is diagnosed."],
 ['n5','fr',[],"La sénatrice Anne Durand défend une proposition de loi sur la fin de vie."],
 ['n6','en',[],"Judge Emma Carter said burglary sentences would be reviewed across the county."],
 ['n8','en',[],"Professor Alan Reid, a geneticist, says BRCA testing should be offered more widely."],
 ['n9','fr',[],"L'abbé Pierre a fondé Emmaüs en 1949."],
 ['n10','en',[],"Pope Francis visited the mosque in Abu Dhabi in 2019."],
 ['n11','fr',[],"Marie Curie a reçu le prix Nobel de chimie en 1911."],
 ['n12','en',[],"Sergeant Mike Hale of the Met said three men had been arrested after the raid."],
 ['p1','en',['CRIMINAL_OFFENCE'],"Sergeant Mike Hale said Daniel Ross, 24, had been arrested and charged with robbery."],
 ['p2','fr',['HEALTH'],"Le président a été hospitalisé hier pour une infection pulmonaire, a indiqué l'Élysée."],
 ['p3','fr',['CRIMINAL_OFFENCE'],"Selon son avocat, Me Paul Girard, le prévenu conteste le vol avec violence qui lui est reproché."],
  ];
  for (const [id, lang, gold, text] of docs) {
    test(`${id}: ${gold.length ? gold.join('+') : 'nothing'}`, () => assert.deepEqual(engine.analyze(text, { lang }).sensitive.map((f) => f.category).sort(), [...gold].sort()));
  }
});
