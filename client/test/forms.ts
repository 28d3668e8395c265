import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Picks a country in the searchable Country select: types part of its name, clicks it. */
export async function chooseCountry(user: UserEvent, name: string, label = 'Country') {
  const input = screen.getByRole('combobox', { name: label });
  await user.click(input);
  await user.type(input, name.slice(0, 4));
  await user.click(await screen.findByRole('option', { name }));
}
