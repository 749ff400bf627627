import { useTranslation } from 'react-i18next';
import { useTransitionProject } from './useDisbursements';
import { ConfirmPrompt } from '../../components/ConfirmPrompt';
import { FormErrors } from '../../components/FormErrors';
import { useConfirmedAction } from '../../lib/useConfirmedAction';
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
  const [{ fetching }, move] = useTransitionProject();
  const { confirming: confirm, ask, cancel, go, errors, alertRef } = useConfirmedAction((to: ProjectStatus) => move({ id, to }), onDone);
  const moves = projectMoves(status);
  if (moves.length === 0) return null;
  return (
    <section className="mb-4" aria-labelledby="project-state-title" data-testid="project-state">
      <h2 id="project-state-title" className="h5">{t('projectState.title')}</h2>
      <FormErrors ref={alertRef} errors={errors} />
      {confirm ? (
        <ConfirmPrompt id="project-state-confirm" testid="project-state-confirm" tone="primary" busy={fetching}
          message={t(`projectState.confirm.${confirm}`, { title })} confirmLabel={t(`projectState.yes.${confirm}`)}
          onConfirm={() => void go(confirm)} onCancel={cancel} />
      ) : (
        moves.map((to) => (
          <button key={to} type="button" className="btn btn-outline-primary btn-sm me-2" onClick={() => ask(to)}>
            {t(`projectState.to.${to}`)}
          </button>
        ))
      )}
    </section>
  );
}
