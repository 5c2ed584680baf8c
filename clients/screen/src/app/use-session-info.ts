import { useEffect, useState } from 'react';

export interface SessionInfo { code: string; title: string; joinUrl: string }

/** The public session info (join URL for the QR code); retried until the server answers. */
export function useSessionInfo(code: string | null): SessionInfo | null {
  const [info, setInfo] = useState<SessionInfo | null>(null);
  useEffect(() => {
    if (!code) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout>;
    const load = async () => {
      try {
        const response = await fetch(`/api/sessions/${code}`);
        if (response.ok) { if (!cancelled) setInfo(await response.json()); return; }
      } catch { /* server not reachable yet */ }
      if (!cancelled) timer = setTimeout(load, 3000);
    };
    void load();
    return () => { cancelled = true; clearTimeout(timer); };
  }, [code]);
  return info;
}
