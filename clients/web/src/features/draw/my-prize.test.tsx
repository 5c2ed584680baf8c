import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import i18n from '../../i18n';
import { MyPrize } from './my-prize';

afterEach(async () => { cleanup(); await act(() => i18n.changeLanguage('en')); });

describe('MyPrize', () => {
  it('says what this phone won', () => {
    render(<MyPrize prizes={[{ tierId: 't1', tierName: 'First prize', round: 1, name: 'Zhang Wei' }]} />);
    expect(screen.getByTestId('my-prize-t1-1').textContent).toBe('You won First prize!');
    expect(screen.getByTestId('my-prize').textContent).toContain('Congratulations, Zhang Wei!');
  });

  it('speaks Chinese and lists every prize', async () => {
    await act(() => i18n.changeLanguage('zh-CN'));
    render(<MyPrize prizes={[{ tierId: 't1', tierName: '一等奖', round: 1, name: '张伟' }, { tierId: 't3', tierName: '三等奖', round: 4, name: '张伟' }]} />);
    expect(screen.getByTestId('my-prize-t1-1').textContent).toBe('恭喜您获得一等奖！');
    expect(screen.getByTestId('my-prize-t3-4').textContent).toBe('恭喜您获得三等奖！');
  });

  it('shows nothing without a prize', () => {
    render(<MyPrize prizes={[]} />);
    expect(screen.queryByTestId('my-prize')).toBeNull();
  });
});
