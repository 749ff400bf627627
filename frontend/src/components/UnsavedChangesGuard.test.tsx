import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { Link, RouterProvider, createMemoryRouter } from 'react-router-dom';
import '../i18n';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';

function Editor({ dirty }: { dirty: boolean }) {
  return (
    <>
      <UnsavedChangesGuard when={dirty} />
      <Link to="/altro">Vai altrove</Link>
      <h1>Editor</h1>
    </>
  );
}

function setup(dirty: boolean) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <Editor dirty={dirty} /> },
      { path: '/altro', element: <h1>Altra pagina</h1> },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('UnsavedChangesGuard', () => {
  it('lets the user leave when nothing is unsaved', async () => {
    setup(false);
    fireEvent.click(screen.getByRole('link', { name: 'Vai altrove' }));
    expect(await screen.findByRole('heading', { name: 'Altra pagina' })).toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes; "Resta" keeps the page, "Esci senza salvare" leaves', async () => {
    setup(true);
    fireEvent.click(screen.getByRole('link', { name: 'Vai altrove' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Modifiche non salvate' });
    expect(dialog).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Resta nella pagina' }));
    expect(screen.getByRole('heading', { name: 'Editor' })).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: 'Vai altrove' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Esci senza salvare' }));
    expect(await screen.findByRole('heading', { name: 'Altra pagina' })).toBeInTheDocument();
  });

  it('asks the browser to confirm a reload while changes are unsaved', () => {
    setup(true);
    const e = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(true);
  });
});
