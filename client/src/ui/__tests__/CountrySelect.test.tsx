import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { COUNTRY_CODES } from '../../../../shared/src/countries';
import { renderWithProviders } from '../../../test/render';
import { CountrySelect } from '../CountrySelect';

function Harness({ onChange }: { onChange: (value: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <CountrySelect
      value={value}
      onChange={(v) => {
        setValue(v);
        onChange(v);
      }}
    />
  );
}

describe('CountrySelect', () => {
  it('offers every ISO 3166-1 country, found by part of its name', async () => {
    const user = userEvent.setup();
    const chosen = jest.fn();
    renderWithProviders(<Harness onChange={chosen} />);
    const input = screen.getByRole('combobox', { name: 'Country' });
    await user.click(input);
    expect(await screen.findAllByRole('option')).toHaveLength(COUNTRY_CODES.length);

    await user.type(input, 'zeal');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['New Zealand']);
    await user.click(screen.getByRole('option', { name: 'New Zealand' }));
    expect(chosen).toHaveBeenLastCalledWith('NZ');
    expect(input).toHaveValue('New Zealand');
  });

  it('finds a country by its ISO code too, and says when nothing matches', async () => {
    const user = userEvent.setup();
    const chosen = jest.fn();
    renderWithProviders(<Harness onChange={chosen} />);
    const input = screen.getByRole('combobox', { name: 'Country' });
    await user.click(input);
    await user.type(input, 'ua');
    await user.click(await screen.findByRole('option', { name: 'Ukraine' }));
    expect(chosen).toHaveBeenLastCalledWith('UA');

    await user.clear(input);
    await user.type(input, 'Atlantis');
    expect(await screen.findByText('No country matches')).toBeInTheDocument();
  });
});
