'use client';

import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';

/** Reads the QR code of a confirmation e-mail with the device camera (jsQR on video frames). */
export function QrScanner({
  label,
  stopLabel,
  unavailable,
  onCode,
}: {
  label: string;
  stopLabel: string;
  unavailable: string;
  onCode: (code: string) => void;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const [active, setActive] = useState(false);
  const [error, setError] = useState(false);
  const last = useRef('');

  useEffect(() => {
    if (!active) return;
    let stream: MediaStream | undefined;
    let frame = 0;
    const canvas = document.createElement('canvas');
    const scan = () => {
      const v = video.current;
      if (v && v.readyState >= 2) {
        canvas.width = v.videoWidth;
        canvas.height = v.videoHeight;
        const context = canvas.getContext('2d', { willReadFrequently: true })!;
        context.drawImage(v, 0, 0);
        const code = jsQR(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
        if (code?.data && code.data !== last.current) {
          last.current = code.data;
          onCode(code.data);
        }
      }
      frame = requestAnimationFrame(scan);
    };
    navigator.mediaDevices
      ?.getUserMedia({ video: { facingMode: 'environment' } })
      .then((s) => {
        stream = s;
        if (video.current) {
          video.current.srcObject = s;
          void video.current.play();
        }
        frame = requestAnimationFrame(scan);
      })
      .catch(() => {
        setError(true);
        setActive(false);
      });
    return () => {
      cancelAnimationFrame(frame);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [active, onCode]);

  return (
    <div className="scanner">
      <button type="button" className="button secondary" onClick={() => setActive(!active)} aria-pressed={active}>
        {active ? stopLabel : label}
      </button>
      {error && <p className="muted">{unavailable}</p>}
      {active && <video ref={video} muted playsInline aria-label={label} />}
    </div>
  );
}
