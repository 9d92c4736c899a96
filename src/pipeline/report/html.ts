/**
 * report.html: one self-contained page (inline CSS and SVG, no script, no external asset) that a DPO can read:
 * accounting, personal data per type and source, sensitive categories, drops per step and reason, languages,
 * duplicates and lengths. Labels are bilingual (English / français). Only counts, never record text.
 */
import type { BuildManifest, BuildStats } from '../manifest.js';
import { barChart, esc, stackedBar } from './svg.js';

const L = (en: string, fr: string) => `${esc(en)} <span class="fr">/ ${esc(fr)}</span>`;

export function renderReport(m: BuildManifest, s: BuildStats, problems: readonly string[] = []): string {
  const t = m.totals;
  const pii = Object.entries(s.pii).map(([k, v]) => [k, v?.spans ?? 0] as [string, number]);
  const piiDocs = Object.entries(s.pii).map(([k, v]) => [k, v?.documents ?? 0] as [string, number]);
  const types = [...new Set(Object.values(s.piiBySource).flatMap((x) => Object.keys(x)))].sort();
  const bySource = `<table><tr><th>${L('Source', 'Source')}</th>${types.map((x) => `<th>${esc(x)}</th>`).join('')}</tr>${Object.entries(s.piiBySource)
    .map(([src, byType]) => `<tr><td>${esc(src)}</td>${types.map((x) => `<td class="n">${(byType as Record<string, number>)[x] ?? 0}</td>`).join('')}</tr>`).join('')}</table>`;
  const treatment = Object.entries(s.treatment).map(([type, ops]) => `<tr><td>${esc(type)}</td><td>${Object.entries(ops ?? {}).map(([op, n]) => `${esc(op)}: ${n}`).join(', ')}</td></tr>`).join('');
  const sensitive = Object.entries(s.sensitive).map(([c, v]) => `<tr><td>${esc(c)}</td><td class="n">${v?.documents ?? 0}</td><td class="n">${v?.droppedDocuments ?? 0}</td><td class="n">${v?.removedSentences ?? 0}</td></tr>`).join('');
  const drops: [string, number][] = [];
  for (const st of m.steps) for (const [r, n] of Object.entries(st.dropped)) drops.push([`${st.name} · ${r}`, n]);
  const steps = m.steps.map((st) => `<tr><td>${esc(st.name)}</td><td class="n">${st.in}</td><td class="n">${st.out}</td><td class="n">${st.in - st.out}</td><td class="n">${st.seconds.toFixed(2)}</td></tr>`).join('');
  const sources = m.sources.map((x) => `<tr><td>${esc(x.id)}</td><td>${esc(x.collection)}</td><td>${esc(x.licence ?? '—')}</td><td>${esc(x.period ?? '—')}</td><td>${esc(x.origin ?? '—')}</td><td class="n">${x.files.length}</td><td class="n">${x.counts.read}</td><td class="n">${x.counts.written}</td><td class="n">${x.counts.excluded}</td><td class="n">${x.counts.errored}</td><td>${x.counts.read === x.counts.written + x.counts.excluded + x.counts.errored ? '✔' : '✘'}</td></tr>`).join('');
  const hist = s.lengths.histogram.map((h, i, all) => [`${i === 0 ? 0 : all[i - 1]!.upTo + 1}–${h.upTo < 0 ? '∞' : h.upTo}`, h.count] as [string, number]);
  const balanced = problems.length === 0 && t.read === t.written + t.excluded + t.errored;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tamis build ${esc(m.version)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}
.fr{color:#666;font-weight:normal}table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ddd;padding:3px 8px;font-size:13px}
th{background:#f3f3f3}.n{text-align:right}.ok{color:#1a7f37}.bad{color:#b42318;font-weight:bold}.none{color:#888}
.kpi{display:inline-block;margin:0 2em 1em 0}.kpi b{display:block;font-size:1.6em}
</style></head><body>
<h1>${L('Dataset build report', 'Rapport de constitution du jeu de données')}</h1>
<p>${esc(m.project ?? '')} · ${L('build', 'version')} <code>${esc(m.version)}</code> · ${esc(m.createdAt)} · tamis ${esc(m.tool.version)} · ${L('config', 'configuration')} <code>${esc(m.configHash.slice(0, 12))}</code></p>

${m.registerCheck ? `<p class="${m.registerCheck.status === 'passed' ? 'ok' : 'bad'}">${m.registerCheck.status === 'passed'
    ? `${L('Register check passed before the build', 'Registre vérifié avant la constitution')} (${L('open warnings', 'avertissements ouverts')}: ${m.registerCheck.warnings ?? 0}, ${L('notes', 'notes')}: ${m.registerCheck.notes ?? 0}, ${L('justified deviations', 'écarts justifiés')}: ${m.registerCheck.justified ?? 0})`
    : L('Register check SKIPPED (--no-check): this build is not covered by the register', 'Vérification du registre IGNORÉE (--no-check) : cette constitution n’est pas couverte par le registre')}</p>` : ''}
<h2>${L('Accounting', 'Comptabilité des enregistrements')}</h2>
<div class="kpi"><b>${t.read}</b>${L('read', 'lus')}</div><div class="kpi"><b>${t.written}</b>${L('written', 'écrits')}</div>
<div class="kpi"><b>${t.excluded}</b>${L('excluded', 'exclus')}</div><div class="kpi"><b>${t.errored}</b>${L('errors', 'erreurs')}</div>
<p class="${balanced ? 'ok' : 'bad'}">${balanced ? L('read = written + excluded + errored: balanced', 'lus = écrits + exclus + erreurs : équilibré') : `${L('NOT BALANCED', 'NON ÉQUILIBRÉ')}: ${problems.map(esc).join('; ')}`}</p>
${stackedBar([['written / écrits', t.written, '#1a7f37'], ['excluded / exclus', t.excluded, '#d29922'], ['errors / erreurs', t.errored, '#b42318']])}
<table><tr><th>${L('Source', 'Source')}</th><th>${L('Collection', 'Collecte')}</th><th>${L('Licence', 'Licence')}</th><th>${L('Period', 'Période')}</th><th>${L('Origin', 'Origine')}</th><th>${L('Files', 'Fichiers')}</th><th>${L('Read', 'Lus')}</th><th>${L('Written', 'Écrits')}</th><th>${L('Excluded', 'Exclus')}</th><th>${L('Errors', 'Erreurs')}</th><th>=</th></tr>${sources}</table>

<h2>${L('Personal data found (spans, before treatment)', 'Données personnelles détectées (occurrences, avant traitement)')}</h2>
${barChart(pii)}
<h3>${L('Documents containing each type', 'Documents contenant chaque type')}</h3>
${barChart(piiDocs, { color: '#6f42c1' })}
<h3>${L('Per source', 'Par source')}</h3>
${types.length ? bySource : '<p class="none">— none / aucune —</p>'}
<h3>${L('Treatment', 'Traitement')}</h3>
${treatment ? `<table><tr><th>${L('Type', 'Type')}</th><th>${L('Operator: spans', 'Opérateur : occurrences')}</th></tr>${treatment}</table>` : '<p class="none">— none / aucun —</p>'}

<h2>${L('Sensitive data (GDPR Art. 9 and 10)', 'Données sensibles (RGPD art. 9 et 10)')}</h2>
${sensitive ? `<table><tr><th>${L('Category', 'Catégorie')}</th><th>${L('Documents', 'Documents')}</th><th>${L('Dropped documents', 'Documents supprimés')}</th><th>${L('Removed sentences', 'Phrases supprimées')}</th></tr>${sensitive}</table>` : '<p class="none">— none / aucune —</p>'}

<h2>${L('Records dropped, per step and reason', 'Enregistrements écartés, par étape et motif')}</h2>
${barChart(drops, { color: '#d29922' })}
<table><tr><th>${L('Step', 'Étape')}</th><th>${L('In', 'Entrée')}</th><th>${L('Out', 'Sortie')}</th><th>${L('Dropped', 'Écartés')}</th><th>${L('Seconds', 'Secondes')}</th></tr>${steps}</table>

<h2>${L('Duplicates', 'Doublons')}</h2>
<p>${L('Exact duplicates removed', 'Doublons exacts supprimés')}: <b>${s.duplicates.exact}</b> · ${L('near duplicates removed', 'quasi-doublons supprimés')}: <b>${s.duplicates.near}</b> · ${L('clusters', 'groupes')}: <b>${s.duplicates.clusters}</b></p>

<h2>${L('Languages (written)', 'Langues (écrits)')}</h2>
${barChart(Object.entries(s.languages), { color: '#0f766e' })}

<h2>${L('Document lengths (characters, written)', 'Longueur des documents (caractères, écrits)')}</h2>
<p>min ${s.lengths.min} · p50 ${s.lengths.p50} · ${L('mean', 'moyenne')} ${s.lengths.mean} · p90 ${s.lengths.p90} · max ${s.lengths.max}</p>
${barChart(hist, { keepOrder: true, color: '#57606a' })}
${Object.keys(s.domains).length ? `<h2>${L('Domains (written)', 'Domaines (écrits)')}</h2>${barChart(Object.entries(s.domains).slice(0, 30), { color: '#0969da' })}` : ''}

<h2>${L('Output', 'Sortie')}</h2>
<table><tr><th>${L('File', 'Fichier')}</th><th>${L('Records', 'Enregistrements')}</th><th>${L('Bytes', 'Octets')}</th><th>sha256</th></tr>${m.output.files.map((f) => `<tr><td>${esc(f.path)}</td><td class="n">${f.records}</td><td class="n">${f.bytes}</td><td><code>${f.sha256.slice(0, 16)}…</code></td></tr>`).join('')}</table>
${m.justifications?.length ? `<h2>${L('Justified deviations', 'Écarts justifiés')}</h2><table>${m.justifications.map((j) => `<tr><td>${esc(j.rule)}</td><td>${esc(j.justification)}</td></tr>`).join('')}</table>` : ''}
<p class="none">${L('Generated by tamis. Counts and offsets only: this report contains no record text.', 'Généré par tamis. Uniquement des comptes et positions : ce rapport ne contient aucun texte des enregistrements.')}</p>
</body></html>
`;
}
