import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '../../i18n';
import { fakeInvoke, type HubAnswers } from '@live/shared/realtime/fake-hub';
import type { FormGroupsRequest, GroupsView, MoveToTableRequest } from '@live/shared/groups/types';
import { ConsoleGroups } from './console-groups';
import { formedView, groupsView } from './test-data';

afterEach(() => { cleanup(); localStorage.clear(); });

const categories = [{ category: 'Staff', invited: 4, arrived: 3 }, { category: 'guest', invited: 20, arrived: 12 }];

/** Answers that form 3 tables of 3, 3, 2 and apply moves and ends as the server would. */
function groupsHubAnswers(start: GroupsView = groupsView()) {
  let view = start;
  const bump = (next: Partial<GroupsView>) => (view = { ...view, ...next, version: view.version + 1 });
  return {
    FormGroups: (r: FormGroupsRequest) => bump({ ...formedView([3, 3, 2], { round: view.round + 1, targetSize: r.targetSize, source: r.source }), version: view.version }),
    MoveToTable: (r: MoveToTableRequest) => {
      const person = view.tables.flatMap(t => t.members).find(m => m.id === r.memberId)!;
      const tables = view.tables.map(t => ({ ...t, members: t.members.filter(m => m.id !== r.memberId) }));
      if (r.table > tables.length) tables.push({ number: r.table, members: [] });
      tables[r.table - 1].members.push(person);
      return bump({ tables });
    },
    EndGroups: () => bump({ active: false }),
  } satisfies HubAnswers;
}
const groupsHub = (start?: GroupsView) => fakeInvoke(groupsHubAnswers(start));

describe('ConsoleGroups', () => {
  it('forms tables from the form, facilitators from a check-in category, and shows the round at once', async () => {
    const invoke = groupsHub();
    render(<ConsoleGroups code="ABC123" groups={groupsView()} categories={categories} invoke={invoke} />);
    expect(screen.getByTestId('no-groups')).toBeTruthy();
    expect(screen.getByTestId('form-groups').textContent).toBe('Form tables');
    fireEvent.change(screen.getByTestId('groups-source'), { target: { value: 'joined' } });
    fireEvent.change(screen.getByTestId('groups-seats'), { target: { value: '6' } });
    fireEvent.change(screen.getByTestId('groups-companies'), { target: { value: 'together' } });
    fireEvent.change(screen.getByTestId('groups-by'), { target: { value: 'category' } });
    expect(within(screen.getByTestId('groups-facilitators')).getAllByRole('option').map(o => o.textContent)).toEqual(['No facilitators', 'Staff', 'Guest']);
    fireEvent.change(screen.getByTestId('groups-facilitators'), { target: { value: 'Staff' } });
    fireEvent.click(screen.getByTestId('form-groups'));

    await screen.findByTestId('groups-round');
    expect(invoke).toHaveBeenCalledWith('FormGroups', { source: 'joined', targetSize: 6, companies: 'together', by: 'category', facilitatorCategory: 'Staff' } satisfies FormGroupsRequest);
    expect(screen.getByTestId('groups-score').textContent).toBe('3 tables of 2–3 · 0 colleague pairs · 0 repeated pairs');
    expect(screen.getByTestId('groups-state').textContent).toBe('On phones');
    expect(within(screen.getByTestId('table-1')).getByText('Name a1')).toBeTruthy();
    expect(screen.getByTestId('form-groups').textContent).toBe('Form again');
    expect(screen.getByTestId('form-again-hint').textContent).toContain('last 5 rounds');
  });

  it('asks for a text category when the console knows none, and sends the default request', async () => {
    const invoke = groupsHub();
    render(<ConsoleGroups code="ABC123" groups={null} categories={[]} invoke={invoke} />);
    const field = screen.getByTestId('groups-facilitators');
    expect(field.tagName).toBe('INPUT');
    fireEvent.click(screen.getByTestId('form-groups'));
    await screen.findByTestId('groups-round');
    expect(invoke).toHaveBeenCalledWith('FormGroups', { source: 'checkedIn', targetSize: 8, companies: 'spread', by: 'company', facilitatorCategory: null });
  });

  it('shows the score with colleague and repeated pairs, and marks the facilitators', () => {
    const view = formedView([8, 7, 7], { score: { smallestTable: 7, largestTable: 8, sameCompanyPairs: 15, repeatedPairs: 1, apartBroken: 0 } }, true);
    render(<ConsoleGroups code="ABC123" groups={view} categories={[]} invoke={fakeInvoke()} />);
    expect(screen.getByTestId('groups-score').textContent).toBe('3 tables of 7–8 · 15 colleague pairs · 1 repeated pair');
    expect(within(screen.getByTestId('table-2')).getAllByTestId('facilitator')).toHaveLength(1);
    expect(within(screen.getByTestId('member-a9')).getByText('Facilitator')).toBeTruthy();
    expect(within(screen.getByTestId('member-a10')).getByText('Acme')).toBeTruthy();
  });

  it('moves a person with the move select, to another table or a new one', async () => {
    const invoke = groupsHub(formedView([3, 3, 2]));
    render(<ConsoleGroups code="ABC123" groups={formedView([3, 3, 2])} categories={[]} invoke={invoke} />);
    const select = screen.getByTestId('move-a1');
    expect(within(select).getAllByRole('option')).toHaveLength(1); // options only once it is used
    fireEvent.focus(select);
    const options = within(select).getAllByRole('option') as HTMLOptionElement[];
    expect(options.map(o => o.textContent)).toEqual(['Move…', 'Table 1', 'Table 2', 'Table 3', 'New table']);
    expect(options[1].disabled).toBe(true); // its own table
    fireEvent.change(select, { target: { value: '3' } });
    await waitFor(() => expect(within(screen.getByTestId('table-3')).queryByTestId('member-a1')).toBeTruthy());
    expect(invoke).toHaveBeenCalledWith('MoveToTable', { memberId: 'a1', table: 3 } satisfies MoveToTableRequest);

    fireEvent.focus(screen.getByTestId('move-a4'));
    fireEvent.change(screen.getByTestId('move-a4'), { target: { value: '4' } });
    await screen.findByTestId('table-4');
    expect(invoke).toHaveBeenLastCalledWith('MoveToTable', { memberId: 'a4', table: 4 });
    expect(within(screen.getByTestId('table-4')).getByText('Name a4')).toBeTruthy();
  });

  it('shows a refused move as its translated error', async () => {
    const invoke = fakeInvoke({}, { MoveToTable: 'groups_not_formed' });
    render(<ConsoleGroups code="ABC123" groups={formedView([3, 3])} categories={[]} invoke={invoke} />);
    fireEvent.focus(screen.getByTestId('move-a2'));
    fireEvent.change(screen.getByTestId('move-a2'), { target: { value: '2' } });
    const error = await screen.findByTestId('error');
    expect(error.dataset.code).toBe('groups_not_formed');
    expect(error.textContent).toBe('Form the tables first.');
  });

  it('refuses seats outside 4–12 before calling, and shows the server refusing to seat nobody', async () => {
    const invoke = fakeInvoke({}, { FormGroups: 'no_one_to_group' });
    render(<ConsoleGroups code="ABC123" groups={null} categories={[]} invoke={invoke} />);
    fireEvent.change(screen.getByTestId('groups-seats'), { target: { value: '13' } });
    fireEvent.click(screen.getByTestId('form-groups'));
    expect((await screen.findByTestId('error')).textContent).toBe('A table seats 4 to 12 people.');
    expect(invoke).not.toHaveBeenCalled();
    fireEvent.change(screen.getByTestId('groups-seats'), { target: { value: '8' } });
    fireEvent.click(screen.getByTestId('form-groups'));
    await waitFor(() => expect(screen.getByTestId('error').dataset.code).toBe('no_one_to_group'));
  });

  it('ends the tables: the round stays listed, marked ended, and can no longer be changed', async () => {
    const invoke = groupsHub(formedView([4, 4]));
    render(<ConsoleGroups code="ABC123" groups={formedView([4, 4])} categories={[]} invoke={invoke} />);
    fireEvent.click(screen.getByTestId('end-groups'));
    await waitFor(() => expect(screen.getByTestId('groups-state').textContent).toBe('Ended'));
    expect(invoke).toHaveBeenCalledWith('EndGroups');
    expect(screen.queryByTestId('end-groups')).toBeNull();
    expect((screen.getByTestId('move-a1') as HTMLSelectElement).disabled).toBe(true);
  });

  it('finds a person among 125 tables', () => {
    render(<ConsoleGroups code="ABC123" groups={formedView(Array.from({ length: 125 }, () => 8))} categories={[]} invoke={fakeInvoke()} />);
    expect(screen.getByTestId('table-grid').children).toHaveLength(125);
    expect(screen.getByTestId('groups-score').textContent).toBe('125 tables of 8 · 0 colleague pairs · 0 repeated pairs');
    fireEvent.change(screen.getByTestId('groups-search'), { target: { value: 'name a999' } });
    expect(screen.getByTestId('table-grid').children).toHaveLength(1);
    expect(screen.getByTestId('groups-found').textContent).toBe('found at 1 table');
    expect(screen.getByTestId('member-a999').className).toContain('found');
  });

  it('keeps sets of people apart: found on the check-in list or at the tables, removable, sent as member ids', async () => {
    const roster = (query: string) => [{ id: 'a90', name: 'Li Manager', phone: null, company: 'North', category: 'guest', seat: null, arrivedAt: null, channel: null, deviceId: null }]
      .filter(r => r.name.toLowerCase().includes(query.toLowerCase()));
    const invoke = fakeInvoke({ ...groupsHubAnswers(), SearchRoster: r => ({ people: roster(r.query), total: roster(r.query).length }) });
    render(<ConsoleGroups code="ABC123" groups={formedView([3, 3])} categories={[]} invoke={invoke} />);
    fireEvent.click(screen.getByTestId('apart-add-set'));
    expect(screen.getByTestId('apart-short-0').textContent).toBe('Add at least 2 people.');
    expect((screen.getByTestId('form-groups') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(screen.getByTestId('apart-search-0'), { target: { value: 'li' } });
    fireEvent.click(await screen.findByTestId('apart-pick-0-a90'));
    expect(invoke).toHaveBeenCalledWith('SearchRoster', { query: 'li', limit: 8 });
    expect(within(screen.getByTestId('apart-person-0-a90')).getByText(/Li Manager/)).toBeTruthy();
    expect((screen.getByTestId('apart-search-0') as HTMLInputElement).value).toBe('');
    fireEvent.change(screen.getByTestId('apart-search-0'), { target: { value: 'name a4' } });
    fireEvent.click(await screen.findByTestId('apart-pick-0-a4')); // seated at table 2, found by name
    fireEvent.change(screen.getByTestId('apart-search-0'), { target: { value: 'name a5' } });
    fireEvent.click(await screen.findByTestId('apart-pick-0-a5'));
    fireEvent.click(screen.getByTestId('apart-remove-0-a5'));
    expect(screen.queryByTestId('apart-person-0-a5')).toBeNull();

    fireEvent.click(screen.getByTestId('apart-add-set'));
    fireEvent.click(screen.getByTestId('apart-remove-set-1'));
    expect(screen.queryByTestId('apart-set-1')).toBeNull();
    expect(screen.queryByTestId('apart-incomplete')).toBeNull();
    fireEvent.click(screen.getByTestId('form-groups'));
    fireEvent.click(await screen.findByTestId('form-again-confirm'));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('FormGroups', expect.objectContaining({ keepApart: [['a90', 'a4']] })));
  });

  it('remembers the last settings per session, so a console reload keeps them', async () => {
    const invoke = fakeInvoke({ SearchRoster: () => ({ people: [{ id: 'a90', name: 'Li Manager', phone: null, company: null, category: 'guest', seat: null, arrivedAt: null, channel: null, deviceId: null }], total: 1 }) });
    const first = render(<ConsoleGroups code="ABC123" groups={formedView([3, 3])} categories={categories} invoke={invoke} />);
    fireEvent.change(screen.getByTestId('groups-source'), { target: { value: 'joined' } });
    fireEvent.change(screen.getByTestId('groups-seats'), { target: { value: '6' } });
    fireEvent.change(screen.getByTestId('groups-companies'), { target: { value: 'together' } });
    fireEvent.change(screen.getByTestId('groups-by'), { target: { value: 'category' } });
    fireEvent.change(screen.getByTestId('groups-facilitators'), { target: { value: 'Staff' } });
    fireEvent.click(screen.getByTestId('apart-add-set'));
    fireEvent.change(screen.getByTestId('apart-search-0'), { target: { value: 'li' } });
    fireEvent.click(await screen.findByTestId('apart-pick-0-a90'));
    first.unmount();

    render(<ConsoleGroups code="ABC123" groups={formedView([3, 3])} categories={categories} invoke={invoke} />);
    const value = (id: string) => (screen.getByTestId(id) as HTMLInputElement | HTMLSelectElement).value;
    expect(['groups-source', 'groups-seats', 'groups-companies', 'groups-by', 'groups-facilitators'].map(value)).toEqual(['joined', '6', 'together', 'category', 'Staff']);
    expect(screen.getByTestId('apart-person-0-a90')).toBeTruthy();
    cleanup();
    render(<ConsoleGroups code="OTHER1" groups={null} categories={categories} invoke={invoke} />);
    expect(value('groups-seats')).toBe('8');
    expect(screen.queryByTestId('apart-set-0')).toBeNull();
  });

  it('asks in the form before forming again: Cancel forms nothing, Confirm re-seats everyone', async () => {
    const invoke = groupsHub(formedView([3, 3]));
    const ask = vi.spyOn(window, 'confirm');
    render(<ConsoleGroups code="ABC123" groups={formedView([3, 3])} categories={[]} invoke={invoke} />);
    fireEvent.click(screen.getByTestId('form-groups'));
    expect(within(screen.getByTestId('form-again-ask')).getByText('Re-seat everyone? Phones will show the new tables.')).toBeTruthy();
    expect(screen.queryByTestId('form-groups')).toBeNull();
    fireEvent.click(screen.getByTestId('form-again-cancel'));
    expect(screen.queryByTestId('form-again-ask')).toBeNull();
    expect(invoke).not.toHaveBeenCalled();

    fireEvent.click(screen.getByTestId('form-groups'));
    fireEvent.click(screen.getByTestId('form-again-confirm'));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('FormGroups', expect.objectContaining({ targetSize: 8 })));
    expect(screen.queryByTestId('form-again-ask')).toBeNull();
    expect(ask).not.toHaveBeenCalled();
    ask.mockRestore();
  });

  it('is read only for a moderator: the tables and the search, no form, no moves, no End tables', () => {
    const invoke = fakeInvoke();
    render(<ConsoleGroups code="ABC123" groups={formedView([3, 3, 2], {}, true)} categories={categories} invoke={invoke} readOnly />);
    expect(screen.getByTestId('console-groups').dataset.readOnly).toBe('true');
    for (const hidden of ['groups-form', 'form-groups', 'end-groups', 'apart-sets']) expect(screen.queryByTestId(hidden)).toBeNull();
    expect(screen.queryAllByRole('combobox')).toHaveLength(0); // no move selects
    expect(within(screen.getByTestId('table-1')).getByText('Name a1')).toBeTruthy();
    expect(within(screen.getByTestId('member-a1')).getByText('Facilitator')).toBeTruthy();
    expect(screen.getByTestId('groups-score').textContent).toBe('3 tables of 2–3 · 0 colleague pairs · 0 repeated pairs');
    fireEvent.change(screen.getByTestId('groups-search'), { target: { value: 'name a7' } });
    expect(screen.getByTestId('table-grid').children).toHaveLength(1);
    expect(screen.getByTestId('member-a7').className).toContain('found');
    expect(invoke).not.toHaveBeenCalled();
    cleanup();
    render(<ConsoleGroups code="ABC123" groups={null} categories={[]} invoke={invoke} readOnly />);
    expect(screen.getByTestId('no-groups').textContent).toBe('No tables yet. The host forms them.');
  });
});
