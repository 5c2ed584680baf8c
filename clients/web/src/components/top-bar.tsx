import type { ReactNode } from 'react';
import { LangSwitch } from '@live/shared/components/lang-switch';
import { StatusPill } from '@live/shared/components/status-pill';
import type { ConnectionStatus } from '@live/shared/realtime/types';

export function TopBar({ title, status, children }: { title: string; status?: ConnectionStatus; children?: ReactNode }) {
  return (
    <header className="top-bar">
      <span className="brand">Live</span>
      <h1 className="top-title">{title}</h1>
      {children}
      {status && <StatusPill status={status} />}
      <LangSwitch />
    </header>
  );
}
