import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import '../../i18n';
import { ConsoleHeader } from './console-header';

afterEach(cleanup);

describe('ConsoleHeader', () => {
  it('shows the join code, join link and live presence as plain numbers', () => {
    render(<ConsoleHeader code="482913" joinUrl="http://10.0.0.5:5080/j/482913" screenUrl={null}
      presence={{ version: 3, onsite: 120, online: 35 }} />);
    expect(screen.getByTestId('join-code').textContent).toBe('482913');
    expect(screen.getByTestId('join-url').textContent).toBe('http://10.0.0.5:5080/j/482913');
    expect(screen.getByTestId('presence-onsite').textContent).toBe('120');
    expect(screen.getByTestId('presence-online').textContent).toBe('35');
  });

  it('offers the big-screen link only when it has one (the host, from GetAccessLinks)', () => {
    const { rerender } = render(<ConsoleHeader code="482913" joinUrl="/j/482913" screenUrl={null} presence={null} />);
    expect(screen.queryByTestId('screen-link')).toBeNull();
    expect(screen.getByTestId('presence-onsite').textContent).toBe('0');
    rerender(<ConsoleHeader code="482913" joinUrl="/j/482913" screenUrl="http://10.0.0.5:5080/screen/482913#key=s.k" presence={null} />);
    const link = screen.getByTestId('screen-link');
    expect(link.getAttribute('href')).toBe('http://10.0.0.5:5080/screen/482913#key=s.k');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(screen.queryByTestId('moderator-badge')).toBeNull();
  });

  it('says "Moderator" on a moderator\'s console, which has no screen link', () => {
    render(<ConsoleHeader code="482913" joinUrl="/j/482913" screenUrl={null} presence={null} moderator />);
    expect(screen.getByTestId('moderator-badge').textContent).toBe('Moderator');
    expect(screen.queryByTestId('screen-link')).toBeNull();
  });
});
