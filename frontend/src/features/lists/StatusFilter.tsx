import { useTranslation } from 'react-i18next';

/** A select of statuses with "all" first; labels are t(`${group}.${value}`). */
export function StatusFilter<S extends string>({ id, group, statuses, value, onChange }: {
  id: string;
  group: string;
  statuses: readonly S[];
  value: S | '';
  onChange: (v: S | '') => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="select-wrapper mt-2 mb-4">
      <label htmlFor={id}>{t('lists.filterStatus')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as S | '')}>
        <option value="">{t('lists.allStatuses')}</option>
        {statuses.map((s) => (
          <option key={s} value={s}>{t(`${group}.${s}`)}</option>
        ))}
      </select>
    </div>
  );
}
