import { SegmentedControl } from '@mantine/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '../../../test/render';
import { SEGMENTED_CLASSES, SegmentedChoice } from '../SegmentedChoice';

const data = [
  { value: 'MINE', label: 'Mine' },
  { value: 'COMPANY', label: 'Company' },
] as const;

/**
 * An option's elements with their classes and attributes, in order: ids, names and `for` aside
 * (each component makes its own), and Mantine's static class names, which are for theming.
 */
function shape(control: Element): string[] {
  return [control, ...control.querySelectorAll('*')].map((el) => {
    const attributes = [...el.attributes]
      .filter((a) => !['id', 'name', 'for', 'style'].includes(a.name))
      .map((a) =>
        a.name === 'class'
          ? `class=${a.value.replace(/ ?mantine-\S+/g, '')}`
          : `${a.name}=${a.value}`,
      )
      .sort();
    return `${el.tagName} ${attributes.join(' ')}`;
  });
}

function Choice() {
  const [value, setValue] = useState<'MINE' | 'COMPANY'>('MINE');
  return (
    <>
      <span id="scope">Show</span>
      <SegmentedChoice aria-labelledby="scope" value={value} onChange={setValue} data={data} />
      <output>{value}</output>
    </>
  );
}

describe('SegmentedChoice', () => {
  it("draws each option as Mantine's SegmentedControl does, with its classes", () => {
    renderWithProviders(
      <>
        <span id="ours">Ours</span>
        <SegmentedChoice aria-labelledby="ours" value="COMPANY" onChange={() => {}} data={data} />
        <span id="theirs">Theirs</span>
        <SegmentedControl aria-labelledby="theirs" value="COMPANY" data={[...data]} />
      </>,
    );
    const ours = screen.getByRole('radiogroup', { name: 'Ours' });
    const theirs = screen.getByRole('radiogroup', { name: 'Theirs' });
    const options = (group: HTMLElement) =>
      [...group.children].filter((el) => el.classList.contains(SEGMENTED_CLASSES.control));
    expect(options(ours).map(shape)).toEqual(options(theirs).map(shape));
    expect(options(ours)).toHaveLength(2);
    expect(ours.className).toBe(SEGMENTED_CLASSES.root);
    expect(theirs).toHaveClass(SEGMENTED_CLASSES.root);
    expect(ours).toHaveAttribute('data-with-items-borders', 'true');
    expect(theirs).toHaveAttribute('data-with-items-borders', 'true');
    expect(ours.style.getPropertyValue('--sc-shadow')).toBe(
      theirs.style.getPropertyValue('--sc-shadow'),
    );
    // Mantine's styles draw the chosen option's frame until the indicator has measured it
    // (no data-initialized on the group): here, always.
    expect(ours).not.toHaveAttribute('data-initialized');
  });

  it('is a radio group named by its label, one option chosen, changed by a click', async () => {
    renderWithProviders(<Choice />);
    const group = screen.getByRole('radiogroup', { name: 'Show' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Mine' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Company' })).not.toBeChecked();
    await userEvent.click(screen.getByText('Company'));
    expect(screen.getByRole('radio', { name: 'Company' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Mine' })).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('COMPANY');
    expect(screen.getByText('Company').closest('label')).toHaveAttribute('data-active', 'true');
    expect(screen.getByText('Mine').closest('label')).not.toHaveAttribute('data-active');
  });

  it("keeps Mantine's class names (an upgrade that renames them fails here)", () => {
    const { root, label, input, control, innerLabel } = SegmentedControl.classes;
    expect(SEGMENTED_CLASSES).toEqual({ root, label, input, control, innerLabel });
  });
});
