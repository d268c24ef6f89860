/**
 * The demo committee's cases (issue 9): collaboration deviations and change proposals at every
 * state, one assessment under way and one concluded, and recommendations (one revised, one draft).
 * The texts describe collaboration, never a patient: no names, dates of birth or numbers.
 */
import type { Transaction } from 'kysely';
import type { Database, ForumSubmissionKind, ForumSubmissionStatus } from '../platform/db/schema.js';
import { DEFAULT_ASSESSMENT_TEMPLATE, itemKeysOf } from '../modules/forums/domain/assessment-template.js';
import { searchTextOf as recommendationSearchText } from '../modules/forums/domain/recommendation-versions.js';
import { searchTextOf as submissionSearchText } from '../modules/forums/domain/submission-state.js';

const DAY = 86_400_000;
type Tx = Transaction<Database>;

export interface Submitter {
  userId: string | null;
  name: string;
  role: string;
}

interface CaseSpec {
  key: string;
  kind: ForumSubmissionKind;
  status: ForumSubmissionStatus;
  daysAgo: number;
  title: string;
  fields: Record<string, string>;
  themes: string[];
  byDemoGp?: boolean;
  ready?: boolean;
  mergedInto?: string;
  forwardedTo?: string;
  rejectReason?: string;
  outcome?: { text: string; daysAgo: number };
}

export const CASES: CaseSpec[] = [
  { key: 'new_med_list', kind: 'deviation', status: 'received', daysAgo: 3, byDemoGp: true, title: 'Epikrise uten oppdatert legemiddelliste', themes: ['medication_lists'],
    fields: { whatHappened: 'Epikrisen etter innleggelse på medisinsk avdeling listet legemidlene fra før innleggelsen. To preparater var seponert under oppholdet uten at det gikk fram.', agreement: 'Tjenesteavtale 5 om utskrivning', units: 'Medisinsk avdeling, fastlegekontor', immediateAction: 'Fastlegen ringte avdelingen og fikk riktig liste muntlig.', consequences: 'Fare for at seponerte legemidler ble videreført i multidose.' } },
  { key: 'rejected_referral', kind: 'deviation', status: 'accepted', daysAgo: 20, ready: true, title: 'Henvisning avvist uten begrunnelse', themes: ['referrals'],
    fields: { whatHappened: 'En henvisning til ortopedisk poliklinikk ble returnert med «ikke indikasjon» uten begrunnelse eller råd om videre oppfølging.', agreement: 'Tjenesteavtale 2 og nasjonal veileder for henvisninger', units: 'Ortopedisk poliklinikk, fastlegekontor', consequences: 'Ny henvisning og forsinket avklaring.' } },
  { key: 'test_results', kind: 'proposal', status: 'in_assessment', daysAgo: 45, title: 'Felles rutine for oppfølging av prøvesvar tatt på sykehus', themes: ['test_results'],
    fields: { change: 'Den som rekvirerer en prøve, følger opp svaret – også når svaret kommer etter utskrivning.', reason: 'Fastleger får i dag svar de ikke har rekvirert og ikke kjenner bakgrunnen for.', affected: 'Sykehusleger, fastleger, laboratoriet' } },
  { key: 'moved_tasks', kind: 'deviation', status: 'assessed', daysAgo: 70, title: 'Blodprøvekontroller flyttet til fastlege uten avtale', themes: ['tasks_moved'],
    fields: { whatHappened: 'Poliklinikken avsluttet kontroller og ba fastlegen overta månedlige blodprøver og dosejustering, uten forhåndsavtale eller skriftlig plan.', agreement: 'Retningslinje for oppgavefordeling', units: 'Hematologisk poliklinikk, fastlegekontor', consequences: 'Uklart ansvar for dosejustering.' } },
  { key: 'late_summary', kind: 'deviation', status: 'answered', daysAgo: 150, byDemoGp: true, title: 'Epikrise kom tre uker etter utskrivning', themes: ['discharge_summaries'],
    fields: { whatHappened: 'Epikrisen kom først tre uker etter utskrivning; i mellomtiden kom pasienten til kontroll uten at fastlegen kjente behandlingen.', agreement: 'Tjenesteavtale 5 om utskrivning', units: 'Kirurgisk avdeling, fastlegekontor', consequences: 'Dobbeltarbeid og usikkerhet om videre behandling.' },
    outcome: { text: 'Saken er besvart med anbefalingen «Epikrise til fastlegen innen tre virkedager».', daysAgo: 100 } },
  { key: 'multidose', kind: 'deviation', status: 'answered', daysAgo: 200, title: 'Endringer i multidose ikke meldt til fastlegen', themes: ['multidose', 'medication_lists'],
    fields: { whatHappened: 'Legemidler ble endret under innleggelse, men multidoseleverandøren fikk ikke beskjed og fastlegen ble ikke varslet.', units: 'Geriatrisk avdeling, hjemmetjenesten, fastlegekontor', consequences: 'Feil legemidler i multidoseposene den første uken.' },
    outcome: { text: 'Saken er besvart med anbefalingen «Endringer i multidose meldes fastlegen samme dag».', daysAgo: 120 } },
  { key: 'late_summary_dup', kind: 'deviation', status: 'merged', daysAgo: 148, mergedInto: 'late_summary', title: 'Sen epikrise fra kirurgisk avdeling', themes: ['discharge_summaries'],
    fields: { whatHappened: 'Epikrise kom mer enn to uker etter utskrivning fra kirurgisk avdeling.' } },
  { key: 'waiting_reply', kind: 'deviation', status: 'forwarded', daysAgo: 12, forwardedTo: 'Sykehuset i Vestfold HF, medisinsk klinikk', title: 'Ingen svar på spørsmål til poliklinikk', themes: ['digital_platforms'],
    fields: { whatHappened: 'Et dialogspørsmål til poliklinikken ble ikke besvart på fire uker.', units: 'Medisinsk poliklinikk, fastlegekontor' } },
  { key: 'single_doctor', kind: 'deviation', status: 'rejected', daysAgo: 30, rejectReason: 'Gjelder et forhold mellom en pasient og en enkelt behandler, ikke samhandling mellom tjenestene. Pasient- og brukerombudet kan bistå.', title: 'Misnøye med en enkelt behandler', themes: ['other'],
    fields: { whatHappened: 'Beskrivelse av en konsultasjon pasienten var misfornøyd med.' } },
  { key: 'direct_line', kind: 'proposal', status: 'received', daysAgo: 1, byDemoGp: true, title: 'Direkte telefonlinje for fastleger til vakthavende overlege', themes: ['other'],
    fields: { change: 'En direkte linje fra fastleger til vakthavende overlege i indremedisin på dagtid.', reason: 'Mange innleggelser kan unngås med en kort faglig samtale.', affected: 'Fastleger og indremedisinske overleger' } },
];

/** Writes the cases; returns their ids by key. */
export async function insertCases(tx: Tx, bodyId: string, gp: Submitter, others: Submitter[], now: Date): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [index, spec] of CASES.entries()) {
    const at = new Date(now.getTime() - spec.daysAgo * DAY);
    const who = spec.byDemoGp ? gp : others[index % others.length]!;
    const row = await tx
      .insertInto('forum_submission')
      .values({
        body_id: bodyId,
        kind: spec.kind,
        status: spec.status,
        title: spec.title,
        fields: JSON.stringify(spec.fields),
        themes: spec.themes,
        submitted_by: who.userId,
        submitter_name: who.name,
        submitter_role: who.role,
        merged_into: spec.mergedInto ? ids.get(spec.mergedInto)! : null,
        forwarded_to: spec.forwardedTo ?? null,
        forward_due_on: spec.forwardedTo ? new Date(now.getTime() + 14 * DAY).toISOString().slice(0, 10) : null,
        reject_reason: spec.rejectReason ?? null,
        outcome: spec.outcome?.text ?? spec.rejectReason ?? null,
        outcome_at: spec.outcome ? new Date(now.getTime() - spec.outcome.daysAgo * DAY) : spec.rejectReason ? new Date(at.getTime() + 5 * DAY) : null,
        ready_for_meeting: spec.ready ?? false,
        search_text: submissionSearchText(spec.title, spec.fields),
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(spec.key, row.id);
  }
  return ids;
}

/** One assessment under way (two members have answered some items) and one concluded by the leader. */
export async function insertAssessments(tx: Tx, bodyId: string, cases: Map<string, string>, assessors: [string, string], leaderName: string, now: Date) {
  const template = await tx
    .insertInto('forum_assessment_template')
    .values({ body_id: bodyId, version: 1, definition: JSON.stringify(DEFAULT_ASSESSMENT_TEMPLATE), created_by_name: 'Sekretariatet', created_at: new Date(now.getTime() - 365 * DAY) })
    .returning('id')
    .executeTakeFirstOrThrow();
  const keys = itemKeysOf(DEFAULT_ASSESSMENT_TEMPLATE);
  const answers = ['Færre prøvesvar faller mellom to stoler.', 'Mindre tid brukt på svar fastlegen ikke kjenner bakgrunnen for.', 'Krever en rutine i laboratoriesystemet.'];
  for (const [key, concluded] of [['test_results', false], ['moved_tasks', true]] as const) {
    const at = new Date(now.getTime() - (concluded ? 50 : 20) * DAY);
    const assessment = await tx
      .insertInto('forum_assessment')
      .values({
        submission_id: cases.get(key)!,
        template_id: template.id,
        assigned_member_ids: [...assessors],
        conclusion: concluded ? 'Oppgaver skal bare flyttes etter skriftlig avtale med fastlegen og en plan for dosejustering. Utvalget anbefaler at dette tas inn i retningslinjen for oppgavefordeling.' : null,
        concluded_at: concluded ? new Date(at.getTime() + 14 * DAY) : null,
        concluded_by_name: concluded ? leaderName : null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rows = assessors.flatMap((memberId, who) =>
      keys.slice(0, concluded ? keys.length : 2 + who).map((item, i) => ({ assessment_id: assessment.id, member_id: memberId, item_key: item, answer: answers[i % answers.length]!, updated_at: at })),
    );
    await tx.insertInto('forum_assessment_answer').values(rows).execute();
  }
}

interface VersionSpec {
  title: string;
  summary: string;
  text: string;
  changeNote?: string;
  approvedMeetingId: string | null;
  daysAgo: number;
}

/** A recommendation with its versions; published when its last version was approved. */
export async function insertRecommendation(tx: Tx, body: { id: string; owner: string; administrator: string }, slug: string, themes: string[], caseIds: string[], versions: VersionSpec[], now: Date) {
  const last = versions[versions.length - 1]!;
  const publishedVersions = versions.filter((v) => v.approvedMeetingId);
  const published = publishedVersions[publishedVersions.length - 1];
  const created = new Date(now.getTime() - versions[0]!.daysAgo * DAY);
  const rec = await tx
    .insertInto('forum_recommendation')
    .values({
      body_id: body.id,
      slug,
      status: published ? 'published' : 'draft',
      owner: body.owner,
      administrator: body.administrator,
      themes,
      published_version: published ? versions.indexOf(published) + 1 : null,
      search_text: published ? recommendationSearchText(published, themes) : '',
      created_at: created,
      updated_at: new Date(now.getTime() - last.daysAgo * DAY),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('forum_recommendation_version')
    .values(
      versions.map((v, i) => {
        const at = new Date(now.getTime() - v.daysAgo * DAY);
        return {
          recommendation_id: rec.id,
          version: i + 1,
          title: v.title,
          summary: v.summary,
          text: v.text,
          change_note: v.changeNote ?? null,
          approved_at: v.approvedMeetingId ? at : null,
          approved_meeting_id: v.approvedMeetingId,
          published_at: v.approvedMeetingId ? new Date(at.getTime() + DAY) : null,
          created_by_name: 'Sekretariatet',
          created_at: new Date(at.getTime() - 7 * DAY),
        };
      }),
    )
    .execute();
  if (caseIds.length > 0) await tx.insertInto('forum_recommendation_case').values(caseIds.map((id) => ({ recommendation_id: rec.id, submission_id: id }))).execute();
  return rec.id;
}
