import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';

/** How many problems of an invalid feed are listed; the rest are counted. */
export const PUC_SHOWN = 50;

/** One problem of an invalid feed (a detail of the 400 puc.invalid answer). */
export type PucProblem = { rule: string; message: string; field: string | null; family: string | null; record: number | null };

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; name: string }
  | { kind: 'invalid'; message: string; problems: PucProblem[] }
  | { kind: 'error'; message: string | null; status: number | null };

/** The file name of a download: Content-Disposition's filename, else fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition);
  const name = plain ? (plain[2] ?? plain[1]).trim() : '';
  return name || fallback;
}

/** Saves a blob as a file the browser downloads. */
function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The problems listed in a 400 puc.invalid answer's extensions.details. */
export function pucProblems(details: unknown): PucProblem[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d): PucProblem[] => {
    if (!d || typeof d !== 'object') return [];
    const x = d as { rule?: unknown; message?: unknown; field?: unknown; facts?: { family?: unknown; record?: unknown } };
    if (typeof x.message !== 'string') return [];
    return [{
      rule: typeof x.rule === 'string' ? x.rule : '',
      message: x.message,
      field: typeof x.field === 'string' && x.field ? x.field : null,
      family: typeof x.facts?.family === 'string' && x.facts.family ? x.facts.family : null,
      record: typeof x.facts?.record === 'number' && x.facts.record > 0 ? x.facts.record : null,
    }];
  });
}

/**
 * The next transmission of the monitoring data after day (bimonthly: the
 * data at the end of each even month, due by the end of the following
 * month; internal/deadlines/monitoring.go), as ISO dates.
 */
export function nextPucTransmission(day: Date): { cutOff: string; dueOn: string } {
  const y = day.getFullYear();
  const m = day.getMonth() + 1; // 1..12
  // An odd month is the term of the previous (even) month's data.
  const cutMonth = m % 2 === 1 ? m - 1 : m;
  const cutYear = cutMonth === 0 ? y - 1 : y;
  const cm = cutMonth === 0 ? 12 : cutMonth;
  const last = (yy: number, mm: number) => new Date(Date.UTC(yy, mm, 0)).toISOString().slice(0, 10);
  const dueYear = cm === 12 ? cutYear + 1 : cutYear;
  const dueMonth = cm === 12 ? 1 : cm + 1;
  return { cutOff: last(cutYear, cm), dueOn: last(dueYear, dueMonth) };
}

/**
 * A button that fetches a monitoring feed (PUC zip) with the session
 * cookie and saves it; an invalid feed lists its problems with a link to
 * download it anyway as a draft (?bozza=1), any other refusal shows the
 * server's message.
 */
export function PucDownload({ href, fallbackName, label, testid }: { href: string; fallbackName: string; label?: string; testid?: string }) {
  const { t } = useTranslation();
  const statusId = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function download(url: string, fallback: string) {
    setState({ kind: 'busy' });
    let res: Response;
    try {
      res = await fetch(url, { credentials: 'same-origin' });
    } catch {
      setState({ kind: 'error', message: null, status: null });
      return;
    }
    if (res.ok) {
      const name = fileNameOf(res.headers.get('Content-Disposition'), fallback);
      save(await res.blob(), name);
      setState({ kind: 'done', name });
      return;
    }
    let body: { errors?: { message?: string; extensions?: { rule?: string; details?: unknown } }[] } | null = null;
    try {
      body = await res.json();
    } catch {
      body = null;
    }
    const e = body?.errors?.[0];
    if (res.status === 400 && e?.extensions?.rule === 'puc.invalid') {
      setState({ kind: 'invalid', message: e.message ?? '', problems: pucProblems(e.extensions.details) });
      return;
    }
    setState({ kind: 'error', message: typeof e?.message === 'string' && e.message ? e.message : null, status: res.status });
  }

  const draftHref = `${href}${href.includes('?') ? '&' : '?'}bozza=1`;
  const draftName = fallbackName.replace(/\.zip$/, '') + '-bozza.zip';
  const genericError = (status: number | null) =>
    status === 403 ? t('errors.FORBIDDEN') : status === 404 ? t('errors.NOT_FOUND') : status === null ? t('errors.NETWORK') : t('errors.INTERNAL');

  return (
    <div data-testid={testid}>
      <button type="button" className="btn btn-outline-primary btn-sm" disabled={state.kind === 'busy'} aria-describedby={statusId}
        onClick={() => void download(href, fallbackName)} data-testid="puc-download">
        {label ?? t('puc.download')} <span aria-hidden="true">· ZIP</span>
      </button>
      <div id={statusId} aria-live="polite" className="mt-2">
        {state.kind === 'busy' && <p className="small mb-0">{t('puc.busy')}</p>}
        {state.kind === 'done' && <p className="small mb-0" data-testid="puc-done">{t('puc.done', { name: state.name })}</p>}
        {state.kind === 'error' && (
          <div className="alert alert-danger" role="alert" data-testid="puc-error">{state.message ?? genericError(state.status)}</div>
        )}
        {state.kind === 'invalid' && (
          <div className="alert alert-warning" role="alert" data-testid="puc-invalid">
            <p className="mb-2">{t('puc.invalid', { count: state.problems.length })}</p>
            <ul className="small mb-2" data-testid="puc-problems">
              {state.problems.slice(0, PUC_SHOWN).map((p, i) => (
                <li key={i} data-testid="puc-problem">
                  {[p.family, p.record ? t('puc.record', { n: p.record }) : null, p.field].filter(Boolean).join(' · ')}
                  {(p.family || p.record || p.field) && ': '}
                  {p.message}
                </li>
              ))}
            </ul>
            {state.problems.length > PUC_SHOWN && (
              <p className="small mb-2" data-testid="puc-more">{t('puc.more', { count: state.problems.length - PUC_SHOWN })}</p>
            )}
            <a href={draftHref} data-testid="puc-draft"
              onClick={(ev) => { ev.preventDefault(); void download(draftHref, draftName); }}>
              {t('puc.draft')}
            </a>
            <span className="small d-block mt-1">{t('puc.draftHint')}</span>
          </div>
        )}
      </div>
    </div>
  );
}

/** The "Monitoraggio nazionale (PUC)" panel of a project's overview. */
export function ProjectPucPanel({ projectID, cup, today = new Date() }: { projectID: string; cup: string; today?: Date }) {
  const { t } = useTranslation();
  const next = nextPucTransmission(today);
  return (
    <section aria-labelledby="puc-title" className="mb-4" data-testid="project-puc">
      <h2 id="puc-title" className="h5">{t('puc.title')}</h2>
      <p className="small mb-2">
        {t('puc.intro')}{' '}
        <span data-testid="puc-next">{t('puc.next', { cutOff: formatDate(next.cutOff), dueOn: formatDate(next.dueOn) })}</span>
      </p>
      <PucDownload href={`/exports/projects/${projectID}/puc.zip`} fallbackName={`puc-${cup.toLowerCase()}.zip`} />
    </section>
  );
}
