import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import '../../i18n';
import { ConsoleHeader } from './console-header';

afterEach(cleanup);

describe('ConsoleHeader', () => {
  it('shows the join code, join link and live presence as plain numbers', () => {
    render(<ConsoleHeader code="482913" joinUrl="http://10.0.0.5:5080/j/482913" screenKey={null}
      presence={{ version: 3, onsite: 120, online: 35 }} />);
    expect(screen.getByTestId('join-code').textContent).toBe('482913');
    expect(screen.getByTestId('join-url').textContent).toBe('http://10.0.0.5:5080/j/482913');
    expect(screen.getByTestId('presence-onsite').textContent).toBe('120');
    expect(screen.getByTestId('presence-online').textContent).toBe('35');
  });

  it('offers the big-screen link only when this tab knows the screen key', () => {
    const { rerender } = render(<ConsoleHeader code="482913" joinUrl="/j/482913" screenKey={null} presence={null} />);
    expect(screen.queryByTestId('screen-link')).toBeNull();
    expect(screen.getByTestId('presence-onsite').textContent).toBe('0');
    rerender(<ConsoleHeader code="482913" joinUrl="/j/482913" screenKey="s.k" presence={null} />);
    const link = screen.getByTestId('screen-link');
    expect(link.getAttribute('href')).toBe('/screen/482913#key=s.k');
    expect(link.getAttribute('target')).toBe('_blank');
  });
});
