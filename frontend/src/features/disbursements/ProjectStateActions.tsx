import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTransitionProject } from './useDisbursements';
import { FormErrors } from '../../components/FormErrors';
import { serverErrors, type ServerError } from '../../lib/errors';
import type { ProjectStatus } from '../../gql/graphql';

/** The moves of a project a region officer takes from here (revocation stays out: it is a formal act). */
export function projectMoves(status: ProjectStatus): ProjectStatus[] {
  switch (status) {
    case 'ACTIVE':
      return ['SUSPENDED', 'COMPLETED'];
    case 'SUSPENDED':
      return ['ACTIVE'];
    case 'COMPLETED':
      return ['CLOSED'];
    default:
      return [];
  }
}

/** Suspend, resume, complete or close a project, each after a confirmation. */
export function ProjectStateActions({ id, title, status, onDone }: { id: string; title: string; status: ProjectStatus; onDone: () => void }) {
  const { t } = useTranslation();
  const [confirm, setConfirm] = useState<ProjectStatus | null>(null);
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [{ fetching }, move] = useTransitionProject();
  const alertRef = useRef<HTMLDivElement>(null);
  const moves = projectMoves(status);
  if (moves.length === 0) return null;
  async function go(to: ProjectStatus) {
    const res = await move({ id, to });
    setConfirm(null);
    if (res.error) {
      setErrors(serverErrors(res.error));
      setTimeout(() => alertRef.current?.focus(), 0);
      return;
    }
    setErrors([]);
    onDone();
  }
  return (
    <section className="mb-4" aria-labelledby="project-state-title" data-testid="project-state">
      <h2 id="project-state-title" className="h5">{t('projectState.title')}</h2>
      <FormErrors ref={alertRef} errors={errors} />
      {confirm ? (
        <div className="alert alert-warning" role="alertdialog" aria-labelledby="project-state-confirm" data-testid="project-state-confirm">
          <p id="project-state-confirm">{t(`projectState.confirm.${confirm}`, { title })}</p>
          <button type="button" className="btn btn-primary btn-sm me-2" disabled={fetching} onClick={() => void go(confirm)} autoFocus>
            {t(`projectState.yes.${confirm}`)}
          </button>
          <button type="button" className="btn btn-outline-secondary btn-sm" onClick={() => setConfirm(null)}>{t('app.cancel')}</button>
        </div>
      ) : (
        moves.map((to) => (
          <button key={to} type="button" className="btn btn-outline-primary btn-sm me-2" onClick={() => setConfirm(to)}>
            {t(`projectState.to.${to}`)}
          </button>
        ))
      )}
    </section>
  );
}
