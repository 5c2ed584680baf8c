import { Navigate, Route, Routes } from 'react-router-dom';
import { AttendeePage } from '../features/attendee/attendee-page';
import { ConsolePage } from '../features/console/console-page';
import { VerifyPage } from '../features/draw/verify-page';
import { HomePage } from '../features/console/home-page';
import { JoinCodePage } from '../features/join/join-code-page';
import { JoinPage } from '../features/join/join-page';

export function App() {
  return (
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route path="/console/:code" element={<ConsolePage />} />
      <Route path="/join" element={<JoinCodePage />} />
      <Route path="/j/:code" element={<JoinPage />} />
      <Route path="/s/:code" element={<AttendeePage />} />
      <Route path="/verify/:code/:round" element={<VerifyPage />} />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
