import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import '../../i18n';
import { CopyButton } from './copy-button';

afterEach(() => { cleanup(); vi.unstubAllGlobals(); });

describe('CopyButton', () => {
  it('puts the link on the clipboard and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<CopyButton text="http://192.168.1.20:5080/console/482913#key=m1" testId="copy-moderator" />);
    expect(screen.getByTestId('copy-moderator').textContent).toBe('Copy');
    await act(async () => { fireEvent.click(screen.getByTestId('copy-moderator')); });
    expect(writeText).toHaveBeenCalledWith('http://192.168.1.20:5080/console/482913#key=m1');
    expect(screen.getByTestId('copy-moderator').textContent).toBe('Copied');
  });

  it('falls back to the copy command on an http page without the Clipboard API', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    const execCommand = vi.fn(() => true);
    document.execCommand = execCommand;
    render(<CopyButton text="link" testId="copy-join" />);
    await act(async () => { fireEvent.click(screen.getByTestId('copy-join')); });
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(screen.getByTestId('copy-join').textContent).toBe('Copied');
    expect(document.querySelector('textarea')).toBeNull();
  });
});
