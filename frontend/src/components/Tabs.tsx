import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export type Tab = { key: string; label: ReactNode };

type Props = {
  tabs: Tab[];
  active: string;
  onChange: (key: string) => void;
  label: string;
  children: ReactNode;
};

/**
 * Tabs following the WAI-ARIA pattern: arrow keys, Home and End move
 * between tabs (and select them); only the active tab is in the Tab order;
 * the panel is labelled by its tab. Only the active panel is rendered.
 */
export function Tabs({ tabs, active, onChange, label, children }: Props) {
  const id = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.max(0, tabs.findIndex((t) => t.key === active));

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>) {
    let next = -1;
    if (e.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (e.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    e.preventDefault();
    onChange(tabs[next].key);
    refs.current[next]?.focus();
  }

  return (
    <div>
      <div className="nav nav-tabs nav-tabs-hidescroll" role="tablist" aria-label={label}>
        {tabs.map((t, i) => (
          <button
            key={t.key}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${t.key}`}
            aria-controls={`${id}-panel`}
            aria-selected={i === index}
            tabIndex={i === index ? 0 : -1}
            className={`nav-link${i === index ? ' active' : ''}`}
            onClick={() => onChange(t.key)}
            onKeyDown={onKeyDown}
            data-tab={t.key}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${tabs[index]?.key}`} tabIndex={0} className="pt-4">
        {children}
      </div>
    </div>
  );
}
